package org.glossa.core.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * An EPUB's own table of contents: the EPUB 3 navigation document's {@code epub:type="toc"}
 * list, else the EPUB 2 NCX. Each entry names its target file, the fragment inside it, its label
 * and its depth in the list.
 */
final class EpubToc {
    record Source(String href, String mediaType, String properties) {
    }

    /** One line of the book's contents: {@code depth} 1 for the outermost entries. */
    record Entry(String file, String fragment, String label, int depth) {
    }

    private EpubToc() {
    }

    /** The entries in the book's order; the navigation document wins over the NCX. */
    static List<Entry> entries(Map<String, byte[]> files, List<Source> manifest) {
        List<Entry> fromNcx = List.of();
        for (Source s : manifest) {
            byte[] bytes = files.get(s.href());
            if (bytes == null) {
                continue;
            }
            String dir = s.href().contains("/") ? s.href().substring(0, s.href().lastIndexOf('/') + 1) : "";
            if (s.properties().contains("nav")) {
                List<Entry> nav = fromNav(parse(bytes), dir);
                if (!nav.isEmpty()) {
                    return nav;
                }
            } else if (s.mediaType().equals("application/x-dtbncx+xml") && fromNcx.isEmpty()) {
                fromNcx = fromNcx(parse(bytes), dir);
            }
        }
        return fromNcx;
    }

    /**
     * The book's printed pages, in its order: the navigation document's {@code epub:type="page-list"},
     * else the NCX's {@code pageList}; each entry's label is the page's number as printed.
     */
    static List<Entry> pages(Map<String, byte[]> files, List<Source> manifest) {
        List<Entry> fromNcx = List.of();
        for (Source s : manifest) {
            byte[] bytes = files.get(s.href());
            if (bytes == null) {
                continue;
            }
            String dir = s.href().contains("/") ? s.href().substring(0, s.href().lastIndexOf('/') + 1) : "";
            if (s.properties().contains("nav")) {
                List<Entry> found = new ArrayList<>();
                for (Element nav : parse(bytes).select("nav")) {
                    if (List.of(nav.attr("epub:type").toLowerCase(Locale.ROOT).split("\\s+")).contains("page-list")) {
                        for (Element a : nav.select("a[href]")) {
                            add(found, dir, a.attr("href"), a.text(), 1);
                        }
                    }
                }
                if (!found.isEmpty()) {
                    return found;
                }
            } else if (s.mediaType().equals("application/x-dtbncx+xml") && fromNcx.isEmpty()) {
                List<Entry> found = new ArrayList<>();
                for (Element target : parse(bytes).select("pageList > pageTarget")) {
                    Element src = target.selectFirst("> content[src]");
                    Element label = target.selectFirst("> navLabel > text");
                    if (src != null && label != null) {
                        add(found, dir, src.attr("src"), label.text(), 1);
                    }
                }
                fromNcx = found;
            }
        }
        return fromNcx;
    }

    /** The first label the contents give each file: a heading for a chapter whose text has none. */
    static Map<String, String> labels(List<Entry> entries) {
        Map<String, String> labels = new HashMap<>();
        for (Entry e : entries) {
            labels.putIfAbsent(e.file(), e.label());
        }
        return labels;
    }

    private static Document parse(byte[] bytes) {
        // jsoup's XML parser never resolves external entities, so a hostile NCX is harmless here
        return Jsoup.parse(new String(bytes, java.nio.charset.StandardCharsets.UTF_8), "", Parser.xmlParser());
    }

    private static List<Entry> fromNav(Document doc, String dir) {
        Element toc = null;
        for (Element nav : doc.select("nav")) {
            if (List.of(nav.attr("epub:type").toLowerCase(Locale.ROOT).split("\\s+")).contains("toc")) {
                toc = nav;
                break;
            }
        }
        if (toc == null) {
            toc = doc.selectFirst("nav");
        }
        List<Entry> entries = new ArrayList<>();
        if (toc == null) {
            return entries;
        }
        for (Element a : toc.select("a[href]")) {
            int depth = 0;
            for (Element up = a.parent(); up != null && up != toc; up = up.parent()) {
                depth += up.normalName().equals("ol") || up.normalName().equals("ul") ? 1 : 0;
            }
            add(entries, dir, a.attr("href"), a.text(), Math.max(1, depth));
        }
        return entries;
    }

    private static List<Entry> fromNcx(Document doc, String dir) {
        List<Entry> entries = new ArrayList<>();
        for (Element point : doc.select("navPoint")) {
            Element src = point.selectFirst("> content[src]");
            Element label = point.selectFirst("> navLabel > text");
            if (src != null && label != null) {
                add(entries, dir, src.attr("src"), label.text(), point.parents().stream()
                        .filter(p -> p.normalName().equals("navpoint")).mapToInt(p -> 1).sum() + 1);
            }
        }
        return entries;
    }

    private static void add(List<Entry> entries, String dir, String href, String label, int depth) {
        String clean = TextCleaner.clean(label).replaceAll("\\s+", " ").strip();
        if (clean.isEmpty() || href.startsWith("http:") || href.startsWith("https:")) {
            return;
        }
        int hash = href.indexOf('#');
        String fragment = hash >= 0 ? href.substring(hash + 1) : "";
        entries.add(new Entry(EpubImporter.resolve(dir, href), fragment, clean, Math.min(6, depth)));
    }
}
