package org.glossa.core.importing;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.glossa.core.citation.PageList;
import org.glossa.model.BlockKind;
import org.glossa.model.DocumentContent;
import org.glossa.model.ImportedDocument;
import org.glossa.model.TextDirection;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.w3c.dom.NodeList;

/**
 * EPUB 2 and 3: container.xml leads to the package document (OPF), whose spine gives the
 * chapters in reading order. Each chapter's XHTML is read like a web page body, so headings
 * stay HEADING blocks (a chapter without one gets its table-of-contents label as heading); the
 * book's own contents (nav document or NCX) decide which headings the Contents tab lists
 * ({@link EpubHeadings}). Cover pictures and the book's contents pages are not part of the text;
 * every other picture is a caption line of its own ("[Figure: alt]", or its figure's caption).
 */
public final class EpubImporter implements Importer {
    private static final String OPF_NS = "http://www.idpf.org/2007/opf";
    private static final String DC_NS = "http://purl.org/dc/elements/1.1/";

    /** A page with this many links to other pages, making up this share of its text, lists the chapters. */
    private static final int CONTENTS_LINKS = 3;
    private static final double CONTENTS_SHARE = 0.6;

    private record Item(String href, String mediaType, String properties) {
    }

    @Override
    public ImportedDocument read(byte[] bytes, String fileName) throws ImportException {
        return read(bytes, fileName, Progress.NONE, () -> false);
    }

    /** Reads the book chapter by chapter: {@code progress} hears after each page of the spine, {@code cancelled} is asked before each. */
    @Override
    public ImportedDocument read(byte[] bytes, String fileName, Progress progress, BooleanSupplier cancelled)
            throws ImportException {
        Importer.stopIfCancelled(cancelled);
        String what = fileName == null || fileName.isBlank() ? "The book" : fileName;
        Map<String, byte[]> files = SafeZip.read(bytes, what, name -> isMarkup(name) || EpubPictures.isPicture(name));
        EpubPictures pictures = new EpubPictures(files);
        byte[] container = files.get("META-INF/container.xml");
        if (container == null) {
            throw new ImportException(what + " is a zip archive but not an EPUB book (it has no META-INF/container.xml).");
        }
        org.w3c.dom.Element rootfile = first(SafeXml.parse(container, what + "'s container.xml"), "*", "rootfile");
        String opfPath = rootfile == null ? "" : rootfile.getAttribute("full-path");
        byte[] opfBytes = files.get(opfPath);
        if (opfBytes == null) {
            throw new ImportException(what + " is damaged: its package document '" + opfPath + "' is missing.");
        }
        org.w3c.dom.Document opf = SafeXml.parse(opfBytes, what + "'s package document");
        String base = opfPath.contains("/") ? opfPath.substring(0, opfPath.lastIndexOf('/') + 1) : "";

        Map<String, Item> manifest = new HashMap<>();
        NodeList items = opf.getElementsByTagNameNS(OPF_NS, "item");
        for (int i = 0; i < items.getLength(); i++) {
            org.w3c.dom.Element it = (org.w3c.dom.Element) items.item(i);
            manifest.put(it.getAttribute("id"), new Item(resolve(base, it.getAttribute("href")),
                    it.getAttribute("media-type"), it.getAttribute("properties")));
        }
        List<EpubToc.Entry> toc = EpubToc.entries(files, manifest.values().stream()
                .map(item -> new EpubToc.Source(item.href(), item.mediaType(), item.properties())).toList());
        Map<String, String> tocLabels = EpubToc.labels(toc);

        ContentBuilder out = new ContentBuilder();
        HtmlBounds.Deadline deadline = new HtmlBounds.Deadline(what);
        NodeList refs = opf.getElementsByTagNameNS(OPF_NS, "itemref");
        Set<String> spineFiles = new HashSet<>();
        for (int i = 0; i < refs.getLength(); i++) {
            Item item = manifest.get(((org.w3c.dom.Element) refs.item(i)).getAttribute("idref"));
            if (item != null) {
                spineFiles.add(item.href());
            }
        }
        Map<String, EpubHeadings.Placed> placed = new HashMap<>();
        int chapters = 0;
        int parts = refs.getLength();
        for (int i = 0; i < refs.getLength(); i++) {
            if (i > 0) {
                progress.advanced(i, parts);
            }
            Importer.stopIfCancelled(cancelled);
            Item item = manifest.get(((org.w3c.dom.Element) refs.item(i)).getAttribute("idref"));
            if (item == null || !item.mediaType().contains("html") || !files.containsKey(item.href())
                    || item.properties().contains("nav")) {
                continue; // the navigation document is the Contents tab, not a page of the text
            }
            Element body = chapterBody(files.get(item.href()), item.mediaType());
            if (body == null) {
                continue;
            }
            HtmlCleaner.prepare(body);
            if (isCoverPage(body, out) || isContentsPage(body, item.href(), spineFiles)) {
                continue;
            }
            String label = tocLabels.get(item.href());
            int start = out.length();
            out.target(EpubLinks.chapterTarget(item.href()));
            if (label != null && body.selectFirst("h1, h2, h3, h4, h5, h6") == null && !body.text().isBlank()) {
                out.startBlock(BlockKind.HEADING, 1).text(label).endBlock();
            }
            Map<String, Integer> anchors = new HashMap<>();
            EpubLinks.rewrite(body, item.href(), spineFiles);
            new HtmlContentWalker(out, true, true, anchors, deadline).placesWithin(item.href())
                    .picturesFrom(pictures.forPage(item.href())).walk(body);
            placed.putIfAbsent(item.href(), new EpubHeadings.Placed(start, out.length(), anchors));
            chapters++;
        }
        if (chapters == 0) {
            throw new ImportException(what + " has no readable chapters in its spine.");
        }
        DocumentContent content = EpubHeadings.apply(out.build(), toc, placed);
        progress.advanced(parts, parts);

        org.w3c.dom.Element spine = first(opf, OPF_NS, "spine");
        String title = text(first(opf, DC_NS, "title"));
        String author = text(first(opf, DC_NS, "creator"));
        String language = Languages.normalize(text(first(opf, DC_NS, "language")));
        String progression = spine == null ? null : spine.getAttribute("page-progression-direction");
        TextDirection direction = Languages.direction(progression, language, content.text());
        Map<String, String> extra = new HashMap<>();
        putIfPresent(extra, "publisher", text(first(opf, DC_NS, "publisher")));
        putIfPresent(extra, "publishedTime", text(first(opf, DC_NS, "date")));
        putIfPresent(extra, "excerpt", text(first(opf, DC_NS, "description")));
        putIfPresent(extra, PageList.KEY, EpubPages.of(EpubToc.pages(files, manifest.values().stream()
                .map(item -> new EpubToc.Source(item.href(), item.mediaType(), item.properties())).toList()), placed));
        return new ImportedDocument(HtmlImporter.firstNonBlank(title, TextImporter.titleFrom(content.text(), fileName)),
                author, null, "epub", language, direction, content, extra, pictures.resources());
    }

    /**
     * A page with pictures and no text before any text of the book (its cover and title
     * pictures), or one the book marks as its cover.
     */
    private static boolean isCoverPage(Element body, ContentBuilder out) {
        if (!body.text().isBlank()) {
            return false;
        }
        return out.isEmpty() || body.attr("epub:type").toLowerCase(Locale.ROOT).contains("cover");
    }

    /**
     * A page that is the book's own list of chapters: most of its text is links to other pages
     * of the book. The Contents tab lists the chapters instead.
     */
    private static boolean isContentsPage(Element body, String href, Set<String> spineFiles) {
        String dir = href.contains("/") ? href.substring(0, href.lastIndexOf('/') + 1) : "";
        int links = 0;
        int linkText = 0;
        for (Element a : body.select("a[href]")) {
            String target = a.attr("href");
            if (!target.startsWith("#") && !target.contains(":")) {
                String file = resolve(dir, target);
                if (!file.equals(href) && spineFiles.contains(file)) {
                    links++;
                    linkText += a.text().strip().length();
                }
            }
        }
        int headingText = body.select("h1, h2, h3, h4, h5, h6").stream().mapToInt(h -> h.text().strip().length()).sum();
        int text = body.text().strip().length() - headingText;
        return links >= CONTENTS_LINKS && linkText >= text * CONTENTS_SHARE;
    }

    /** The markup of a book is read, and its pictures ({@link EpubPictures}); its fonts stay packed. */
    private static boolean isMarkup(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".xml") || n.endsWith(".opf") || n.endsWith(".ncx") || n.endsWith(".xhtml")
                || n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xht");
    }

    private static Element chapterBody(byte[] bytes, String mediaType) throws ImportException {
        String html = HtmlDecoder.decode(bytes);
        Document doc = HtmlBounds.parse(html, mediaType.contains("xhtml") ? Parser.xmlParser() : Parser.htmlParser(),
                "A chapter of the book");
        Element body = doc.selectFirst("body");
        return body != null ? body : doc.selectFirst("html");
    }

    /** A manifest href made relative to the archive root, without fragment or %-escapes. */
    static String resolve(String base, String href) {
        String h = href;
        int hash = h.indexOf('#');
        if (hash >= 0) {
            h = h.substring(0, hash);
        }
        try {
            h = URLDecoder.decode(h.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException badEscape) {
            // keep the name as written
        }
        List<String> parts = new ArrayList<>(List.of((base + h).split("/")));
        List<String> path = new ArrayList<>();
        for (String p : parts) {
            if (p.equals("..")) {
                if (!path.isEmpty()) {
                    path.remove(path.size() - 1);
                }
            } else if (!p.isEmpty() && !p.equals(".")) {
                path.add(p);
            }
        }
        return String.join("/", path);
    }

    private static org.w3c.dom.Element first(org.w3c.dom.Document doc, String ns, String name) {
        NodeList list = doc.getElementsByTagNameNS(ns, name);
        return list.getLength() == 0 ? null : (org.w3c.dom.Element) list.item(0);
    }

    private static String text(org.w3c.dom.Element e) {
        return e == null ? null : HtmlImporter.firstNonBlank(TextCleaner.clean(e.getTextContent()).replaceAll("\\s+", " "));
    }

    private static void putIfPresent(Map<String, String> map, String key, String value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
