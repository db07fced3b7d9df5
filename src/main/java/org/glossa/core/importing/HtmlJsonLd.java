package org.glossa.core.importing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a page's schema.org JSON-LD ({@code <script type="application/ld+json">}) says about its
 * article: headline, authors, publisher, date, description. Read as Readability.js reads it: the
 * first article-like object with a schema.org context, or one in its {@code @graph}. Any field
 * may be null; JSON that does not parse is passed over.
 */
record HtmlJsonLd(String title, String byline, String siteName, String publishedTime, String excerpt) {
    static final HtmlJsonLd NONE = new HtmlJsonLd(null, null, null, null, null);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ARTICLE_TYPES = Pattern.compile("^(Article|AdvertiserContentArticle|NewsArticle"
            + "|AnalysisNewsArticle|AskPublicNewsArticle|BackgroundNewsArticle|OpinionNewsArticle|ReportageNewsArticle"
            + "|ReviewNewsArticle|Report|SatiricalArticle|ScholarlyArticle|MedicalScholarlyArticle|SocialMediaPosting"
            + "|BlogPosting|LiveBlogPosting|DiscussionForumPosting|TechArticle|APIReference)$");
    private static final Pattern SCHEMA_ORG = Pattern.compile("^https?://schema\\.org/?$");

    static HtmlJsonLd of(Document page) {
        for (Element script : page.select("script[type]")) {
            if (!script.attr("type").strip().toLowerCase(Locale.ROOT).equals("application/ld+json")) {
                continue;
            }
            String data = script.data().replaceAll("^\\s*<!\\[CDATA\\[|\\]\\]>\\s*$", "");
            JsonNode root;
            try {
                root = JSON.readTree(data);
            } catch (java.io.IOException | RuntimeException e) {
                continue; // a broken block says nothing; Readability.js passes over it too
            }
            JsonNode article = article(root);
            if (article != null) {
                return read(article, page.title());
            }
        }
        return NONE;
    }

    private static JsonNode article(JsonNode root) {
        if (root == null) {
            return null;
        }
        if (root.isArray()) {
            for (JsonNode n : root) {
                if (isArticle(n) && schemaOrg(n)) {
                    return n;
                }
            }
            return null;
        }
        if (!root.isObject() || !schemaOrg(root)) {
            return null;
        }
        if (!root.has("@type") && root.path("@graph").isArray()) {
            for (JsonNode n : root.path("@graph")) {
                if (isArticle(n)) {
                    return n;
                }
            }
            return null;
        }
        return isArticle(root) ? root : null;
    }

    private static boolean schemaOrg(JsonNode n) {
        JsonNode context = n.path("@context");
        if (context.isTextual()) {
            return SCHEMA_ORG.matcher(context.asText().strip()).matches();
        }
        return context.isObject() && context.path("@vocab").isTextual()
                && SCHEMA_ORG.matcher(context.path("@vocab").asText().strip()).matches();
    }

    private static boolean isArticle(JsonNode n) {
        JsonNode type = n.path("@type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (t.isTextual() && ARTICLE_TYPES.matcher(t.asText()).matches()) {
                    return true;
                }
            }
            return false;
        }
        return type.isTextual() && ARTICLE_TYPES.matcher(type.asText()).matches();
    }

    private static HtmlJsonLd read(JsonNode a, String pageTitle) {
        String name = text(a.path("name"));
        String headline = text(a.path("headline"));
        String title = name != null ? name : headline;
        if (name != null && headline != null && !name.equals(headline) && pageTitle != null) {
            // of two, the one the page's title bar agrees with, as Readability.js chooses
            boolean nameMatches = similarity(name, pageTitle) > 0.75;
            boolean headlineMatches = similarity(headline, pageTitle) > 0.75;
            title = headlineMatches && !nameMatches ? headline : name;
        }
        return new HtmlJsonLd(title, authors(a.path("author")), text(a.path("publisher").path("name")),
                text(a.path("datePublished")), text(a.path("description")));
    }

    /** One author's name, or several joined with commas. */
    private static String authors(JsonNode author) {
        if (author.isObject()) {
            return text(author.path("name"));
        }
        if (author.isArray()) {
            List<String> names = new ArrayList<>();
            for (JsonNode n : author) {
                String one = n.isObject() ? text(n.path("name")) : null;
                if (one != null) {
                    names.add(one);
                }
            }
            return names.isEmpty() ? null : String.join(", ", names);
        }
        return null;
    }

    private static String text(JsonNode n) {
        return n.isTextual() ? HtmlImporter.firstNonBlank(n.asText()) : null;
    }

    /** How much of {@code b}'s words {@code a} also has (Readability.js's textSimilarity), 0 to 1. */
    static double similarity(String a, String b) {
        List<String> tokensA = tokens(a);
        List<String> tokensB = tokens(b);
        if (tokensA.isEmpty() || tokensB.isEmpty()) {
            return 0;
        }
        List<String> onlyB = tokensB.stream().filter(t -> !tokensA.contains(t)).toList();
        return 1 - (double) String.join(" ", onlyB).length() / String.join(" ", tokensB).length();
    }

    private static List<String> tokens(String s) {
        return Arrays.stream(s.toLowerCase(Locale.ROOT).split("\\W+")).filter(t -> !t.isEmpty()).toList();
    }
}
