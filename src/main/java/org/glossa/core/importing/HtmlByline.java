package org.glossa.core.importing;

import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The byline an article shows on the page when its metadata names no author: the first element
 * marked as the author's (rel=author, itemprop=author, or a byline/author/dateline class or id)
 * with under 100 characters of text, read from its itemprop=name part when it has one. This is
 * Readability.js's rule; the element is taken out so the text does not start with it.
 */
final class HtmlByline {
    /** A class or id part such as "byline" or "article-author", not "authorization". */
    private static final Pattern BYLINE = Pattern.compile("(?<![a-z])(byline|author|dateline|writtenby|p-author)(?![a-z])",
            Pattern.CASE_INSENSITIVE);
    private static final int MAX_CHARS = 100;

    private HtmlByline() {
    }

    /** The byline found in {@code body}, removed from it; null when there is none. */
    static String takeFrom(Element body) {
        if (body == null) {
            return null;
        }
        for (Element e : body.getAllElements()) {
            if (e == body || !marksAuthor(e)) {
                continue;
            }
            String text = e.text().strip();
            if (text.isEmpty() || text.length() >= MAX_CHARS) {
                continue;
            }
            Element name = e.selectFirst("[itemprop~=(?i)name]");
            String byline = name != null && name != e && !name.text().isBlank() ? name.text().strip() : text;
            e.remove();
            return byline;
        }
        return null;
    }

    private static boolean marksAuthor(Element e) {
        return e.attr("rel").equals("author") || e.attr("itemprop").contains("author")
                || BYLINE.matcher(e.className() + " " + e.id()).find();
    }
}
