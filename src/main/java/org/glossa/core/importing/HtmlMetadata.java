package org.glossa.core.importing;

import java.util.HashMap;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a page says about itself in its head: Open Graph, Dublin Core, article and plain meta
 * tags, the html element's lang and dir. Read before cleaning, since scripts and hidden
 * elements go then.
 */
record HtmlMetadata(String title, String author, String language, String direction, String url,
                    Map<String, String> extras) {

    static HtmlMetadata of(Document page) {
        Element html = page.selectFirst("html");
        Element body = page.body();
        // the page's own statement of its title, in Readability.js's order; the title element
        // (which carries site names) comes last, after the article's heading
        // JSON-LD (schema.org) first, then meta tags, as Readability.js reads them
        HtmlJsonLd ld = HtmlJsonLd.of(page);
        String title = HtmlImporter.firstNonBlank(ld.title(), meta(page, "dc:title", "dcterm:title", "og:title",
                "weibo:article:title", "weibo:webpage:title", "title", "twitter:title"));
        String articleAuthor = meta(page, "article:author");
        if (articleAuthor != null && articleAuthor.matches("(?i)^https?://.*")) {
            articleAuthor = null; // article:author is often a profile URL, not a name
        }
        String author = HtmlImporter.firstNonBlank(ld.byline(),
                meta(page, "dc:creator", "dcterm:creator", "author", "parsely-author"), articleAuthor, meta(page, "byl"));
        String lang = HtmlImporter.firstNonBlank(html == null ? null : html.attr("lang"),
                html == null ? null : html.attr("xml:lang"), meta(page, "content-language", "dc.language", "og:locale"));
        String dir = HtmlImporter.firstNonBlank(html == null ? null : html.attr("dir"), body == null ? null : body.attr("dir"));
        String url = meta(page, "og:url");
        if (url == null) {
            Element canonical = page.selectFirst("link[rel=canonical][href]");
            url = canonical == null ? null : HtmlImporter.firstNonBlank(canonical.attr("href"));
        }
        if (url != null && !url.startsWith("http://") && !url.startsWith("https://")) {
            url = null;
        }
        Map<String, String> extras = new HashMap<>();
        put(extras, "siteName", HtmlImporter.firstNonBlank(ld.siteName(), meta(page, "og:site_name", "application-name")));
        String published = HtmlImporter.firstNonBlank(ld.publishedTime(),
                meta(page, "article:published_time", "parsely-pub-date", "datepublished", "dc.date", "date", "pubdate"));
        if (published == null) {
            Element time = page.selectFirst("time[datetime]");
            published = time == null ? null : HtmlImporter.firstNonBlank(time.attr("datetime"));
        }
        put(extras, "publishedTime", published);
        put(extras, "excerpt", HtmlImporter.firstNonBlank(ld.excerpt(),
                meta(page, "dc:description", "dcterm:description", "og:description", "description", "twitter:description")));
        return new HtmlMetadata(title, author, lang, dir, url, extras);
    }

    /**
     * The content of the meta tags named (name= or property=) by the first of {@code keys} that
     * any tag has; of several tags with one name the last counts, as in Readability.js (a page
     * that says a thing twice corrects itself further down).
     */
    private static String meta(Document page, String... keys) {
        for (String key : keys) {
            String found = null;
            for (Element m : page.select("meta[content]")) {
                String name = m.hasAttr("property") ? m.attr("property") : m.hasAttr("name") ? m.attr("name") : m.attr("itemprop");
                if (names(name).contains(key.replace('.', ':')) || m.attr("http-equiv").equalsIgnoreCase(key)) {
                    String v = HtmlImporter.firstNonBlank(m.attr("content"));
                    if (v != null) {
                        found = v;
                    }
                }
            }
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** A meta tag's names: a property may list several, and "dc.title" is "dc:title". */
    private static java.util.List<String> names(String attribute) {
        return java.util.Arrays.stream(attribute.toLowerCase(java.util.Locale.ROOT).strip().split("\\s+"))
                .map(n -> n.replace('.', ':').replaceAll("\\s*:\\s*", ":")).toList();
    }

    private static void put(Map<String, String> map, String key, String value) {
        if (value != null && !value.isBlank()) {
            map.put(key, TextCleaner.clean(value).strip());
        }
    }
}
