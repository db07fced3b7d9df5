package org.glossa.core.export;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.glossa.model.HighlightColor;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

/**
 * The shell every HTML export shares: an XHTML-compatible page (openhtmltopdf reads the same
 * tree), the print stylesheet with the highlight colours, and a title page. Everything is built
 * through jsoup's element API, so text users typed is always escaped, never parsed as markup.
 */
public final class HtmlPage {
    private static final String STYLESHEET = "/export/print.css";

    private HtmlPage() {
    }

    /** An empty page with its title and the print stylesheet. */
    public static Document create(String title) {
        Document page = Document.createShell("");
        page.outputSettings().syntax(Document.OutputSettings.Syntax.xml).escapeMode(Entities.EscapeMode.xhtml)
                .charset(StandardCharsets.UTF_8).prettyPrint(true).indentAmount(1);
        page.head().appendElement("meta").attr("charset", "UTF-8");
        page.head().appendElement("title").text(title);
        page.head().appendElement("style").appendChild(new org.jsoup.nodes.DataNode(stylesheet()));
        return page;
    }

    /** A title page: the title, a byline (may be blank) and small lines of facts. */
    public static Element titlePage(Document page, String title, String byline, List<String> facts) {
        Element section = page.body().appendElement("section").addClass("title-page");
        section.appendElement("h1").text(title);
        if (byline != null && !byline.isBlank()) {
            section.appendElement("p").addClass("byline").text(byline);
        }
        Element meta = section.appendElement("div").addClass("meta");
        for (String fact : facts) {
            meta.appendElement("p").text(fact);
        }
        return section;
    }

    /** The page as text; XML syntax so that it is also well-formed XHTML. */
    public static String render(Document page) {
        return "<!DOCTYPE html>\n" + page.html() + "\n";
    }

    private static String stylesheet() {
        StringBuilder css = new StringBuilder();
        try (InputStream in = HtmlPage.class.getResourceAsStream(STYLESHEET)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + STYLESHEET);
            }
            css.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + STYLESHEET, e);
        }
        for (HighlightColor c : HighlightColor.palette()) {
            css.append(".hl-").append(c.key()).append(" { background-color: ").append(c.hex()).append("; }\n");
        }
        return css.toString();
    }
}
