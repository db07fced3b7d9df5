package org.glossa.core.export;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Notes are Markdown; in HTML and PDF they are shown rendered, but raw HTML a user typed is
 * escaped (a {@code <script>} prints as text) and link targets are sanitised.
 */
public final class NoteHtml {
    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true)
            .build();

    private NoteHtml() {
    }

    public static String render(String markdown) {
        return RENDERER.render(PARSER.parse(markdown));
    }
}
