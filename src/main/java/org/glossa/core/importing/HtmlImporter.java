package org.glossa.core.importing;

import java.util.HashMap;
import java.util.Map;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;
import org.glossa.model.DocumentContent;
import org.glossa.model.ImportedDocument;
import org.glossa.model.TextDirection;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A saved web page: the article is found with readability4j (after hidden nodes are removed),
 * then read by {@link HtmlContentWalker}. When the article found is much smaller than the
 * visible page or too short to be an article, as happens on short pages and on CJK pages whose
 * text has no commas or spaces for readability's scoring, the whole visible body is read instead
 * (after removing plain page furniture). Nothing is ever fetched.
 */
public final class HtmlImporter implements Importer {
    /** Below this share of the page's visible text, the extracted "article" is a fragment. */
    private static final double MIN_ARTICLE_SHARE = 0.35;
    /** Pages with less visible text than this are read whole: there is no clutter to cut. */
    private static final int SHORT_PAGE_CHARS = 600;
    /**
     * Readability.js's own threshold: an article shorter than this means extraction failed, and
     * Readability.js then retries ever more loosely, ending with nearly the whole page.
     * readability4j does not retry, so the visible body stands in for that last attempt.
     */
    private static final int MIN_ARTICLE_CHARS = 500;

    @Override
    public ImportedDocument read(byte[] bytes, String fileName) throws ImportException {
        return parse(HtmlDecoder.decode(bytes), fileName);
    }

    /** Reads already decoded HTML (also used for pasted HTML). */
    public ImportedDocument parse(String html, String fileName) {
        Document page = Jsoup.parse(html, "");
        HtmlMetadata meta = HtmlMetadata.of(page);
        HtmlCleaner.prepare(page);
        Element body = page.body();
        String visible = body.text();

        Article article = new Readability4J("", page.clone()).parse();
        Element chosen = article.getArticleContent();
        if (chosen == null || visible.length() < SHORT_PAGE_CHARS || chosen.text().length() < MIN_ARTICLE_CHARS
                || weight(chosen.text()) < MIN_ARTICLE_SHARE * weight(visible)) {
            chosen = body;
            HtmlBoilerplate.removeFrom(chosen);
        }
        String knownTitle = firstNonBlank(article.getTitle(), meta.title());
        removeTitleHeading(chosen, knownTitle);
        ContentBuilder out = new ContentBuilder();
        new HtmlContentWalker(out).walk(chosen);
        DocumentContent content = out.build();

        String title = firstNonBlank(knownTitle, TextImporter.titleFrom(content.text(), fileName));
        String author = firstNonBlank(meta.author(), article.getByline());
        String language = Languages.normalize(meta.language());
        TextDirection direction = Languages.direction(firstNonBlank(meta.direction(), article.getDir()), language,
                content.text());
        Map<String, String> extra = new HashMap<>(meta.extras());
        String excerpt = firstNonBlank(meta.extras().get("excerpt"), article.getExcerpt());
        if (excerpt != null) {
            extra.put("excerpt", TextCleaner.clean(excerpt).strip());
        }
        return new ImportedDocument(title, author, meta.url(), "html", language, direction, content, extra);
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
        if (!h.isEmpty() && (h.equals(t) || t.contains(h) && h.length() >= 0.75 * t.length())) {
            heading.remove();
        }
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
