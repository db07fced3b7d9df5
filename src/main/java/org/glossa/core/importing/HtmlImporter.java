package org.glossa.core.importing;

import java.util.HashMap;
import java.util.Map;
import net.dankito.readability4j.Article;
import org.glossa.model.DocumentContent;
import org.glossa.model.ImportedDocument;
import org.glossa.model.TextDirection;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * A saved web page: the article is found with readability4j (after hidden nodes are removed),
 * then read by {@link HtmlContentWalker}. Nothing is ever fetched.
 *
 * <p>The article candidate is kept even when it is small next to the page: swapping in the whole
 * body would bring the site's menus and link lists with it. Such an import is marked
 * {@code extraction=article-unsure} in the document's metadata, and the user is told that the whole
 * page can be read instead ({@link #wholePage()}). Only when extraction plainly failed (no
 * candidate, or one shorter than Readability's own 500-character floor on a page with much more
 * text) is the visible body read, without its plain page furniture, marked
 * {@code extraction=whole-page}.
 */
public final class HtmlImporter implements Importer {
    /** The format name of documents read from web pages. */
    public static final String FORMAT = "html";
    /** The metadata key that says how the text was chosen. */
    public static final String EXTRACTION = "extraction";
    /** The article was kept although it is small next to the page. */
    public static final String ARTICLE_UNSURE = "article-unsure";
    /** No article was found, or the whole page was asked for: the visible body was read. */
    public static final String WHOLE_PAGE = "whole-page";
    /** Below this share of the page's visible text, the extracted article may be a fragment. */
    private static final double SURE_ARTICLE_SHARE = 0.35;
    /**
     * Readability.js's own threshold: an article shorter than this means extraction failed (its
     * retries with looser rules, which readability4j also makes, found nothing longer).
     */
    private static final int MIN_ARTICLE_CHARS = 500;

    private final boolean wholePage;

    /** Reads the article of each page. */
    public HtmlImporter() {
        this(false);
    }

    private HtmlImporter(boolean wholePage) {
        this.wholePage = wholePage;
    }

    /** An importer that reads every page whole (its visible body, without plain page furniture). */
    public static HtmlImporter wholePage() {
        return new HtmlImporter(true);
    }

    @Override
    public ImportedDocument read(byte[] bytes, String fileName) throws ImportException {
        return parse(HtmlDecoder.decode(bytes), fileName);
    }

    /** Reads already decoded HTML (also used for pasted HTML), within {@link HtmlBounds}. */
    public ImportedDocument parse(String html, String fileName) throws ImportException {
        String what = fileName == null || fileName.isBlank() ? "The page" : fileName;
        try {
            return parse(HtmlBounds.parse(html, Parser.htmlParser(), what), fileName, new HtmlBounds.Deadline(what));
        } catch (HtmlBounds.TooSlow e) {
            throw new ImportException(e.getMessage());
        }
    }

    private ImportedDocument parse(Document page, String fileName, HtmlBounds.Deadline deadline) {
        HtmlMetadata meta = HtmlMetadata.of(page);
        HtmlCleaner.prepare(page);
        Element body = page.body();
        String byline = meta.author() != null || wholePage ? meta.author() : HtmlByline.takeFrom(body);
        String visible = body.text();
        deadline.check();

        boolean huge = page.getAllElements().size() > HtmlBounds.MAX_ARTICLE_ELEMENTS;
        Article article = wholePage || huge ? new Article("") : ArticleExtractor.parse(page.clone());
        deadline.check();
        Element chosen = article.getArticleContent();
        String extraction = null;
        if (wholePage || huge || failed(chosen, visible)) {
            chosen = body;
            HtmlBoilerplate.removeFrom(chosen);
            extraction = WHOLE_PAGE;
        } else if (weight(chosen.text()) < SURE_ARTICLE_SHARE * weight(visible)) {
            extraction = ARTICLE_UNSURE;
        }
        String knownTitle = firstNonBlank(meta.title(), article.getTitle(), page.title());
        removeTitleHeading(chosen, knownTitle);
        String author = firstNonBlank(byline, article.getByline());
        removeLeadingByline(chosen, author);
        ContentBuilder out = new ContentBuilder();
        new HtmlContentWalker(out, false, false, null, deadline).walk(chosen);
        DocumentContent content = out.build();

        String title = firstNonBlank(knownTitle, TextImporter.titleFrom(content.text(), fileName));
        String language = Languages.normalize(meta.language());
        TextDirection direction = Languages.direction(firstNonBlank(meta.direction(), article.getDir()), language,
                content.text());
        Map<String, String> extra = new HashMap<>(meta.extras());
        if (extraction != null) {
            extra.put(EXTRACTION, extraction);
        }
        String excerpt = firstNonBlank(meta.extras().get("excerpt"), article.getExcerpt());
        if (excerpt != null) {
            extra.put("excerpt", TextCleaner.clean(excerpt).strip());
        }
        return new ImportedDocument(title, author, meta.url(), FORMAT, language, direction, content, extra);
    }

    /** No candidate, or a scrap of a page that has much more to read. */
    static boolean failed(Element article, String visible) {
        if (article == null || article.text().isBlank()) {
            return true;
        }
        int articleWeight = weight(article.text());
        return article.text().length() < MIN_ARTICLE_CHARS && 2 * articleWeight < weight(visible);
    }

    /**
     * The reader shows the title apart from the text, so a first heading that repeats it is
     * dropped, as Readability.js does: the same words, or the title with a site name added.
     */
    private static void removeTitleHeading(Element article, String title) {
        if (title == null) {
            return;
        }
        Element heading = article.selectFirst("h1, h2");
        if (heading == null) {
            return;
        }
        String h = normalized(heading.text());
        String t = normalized(title);
        if (!h.isEmpty() && (h.equals(t) || t.contains(h) && h.length() >= 0.75 * t.length()
                || startsTitleBar(title, heading.text()))) {
            heading.remove();
        }
    }

    /**
     * The reader shows the byline apart from the text too: the first line of text goes when it
     * is the byline ("Jane Doe" or "By Jane Doe").
     */
    private static void removeLeadingByline(Element article, String byline) {
        if (byline == null) {
            return;
        }
        String b = normalized(byline);
        for (Element e : article.getAllElements()) {
            String t = normalized(e.text());
            if (e == article || t.isEmpty()) {
                continue;
            }
            if (t.equals(b) || t.equals("by " + b)) {
                e.remove();
                return;
            }
            if (!e.ownText().isBlank()) {
                return; // the text starts with something else
            }
        }
    }

    /** "Deltas" in the title bar "Deltas | The Site": the heading, then a separator and more. */
    private static boolean startsTitleBar(String title, String heading) {
        String t = TextCleaner.clean(title).strip();
        String h = TextCleaner.clean(heading).strip();
        return !h.isEmpty() && t.startsWith(h) && t.substring(h.length()).matches("\\s*[|\u2013\u2014:\u00b7\u00bb/-]\\s.*");
    }

    private static String normalized(String s) {
        return TextCleaner.clean(s).toLowerCase(java.util.Locale.ROOT).replaceAll("[\\s\\p{P}]+", " ").strip();
    }

    /** Text size where an ideograph counts like a short word, so CJK pages compare fairly. */
    private static int weight(String text) {
        int w = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            w += Character.isIdeographic(c) || c >= '\u3040' && c <= '\u30ff' ? 3 : 1;
        }
        return w;
    }

    static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
