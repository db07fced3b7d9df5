package org.glossa.ui.reader;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.glossa.model.Block;
import org.glossa.model.BlockKind;
import org.glossa.model.DocumentContent;

/**
 * The page numbers of a document that came with pages (PDF), shown in the reading pane's left
 * margin beside the first paragraph of each page. Every paragraph gets a margin of the same width,
 * so the text does not shift where a page begins.
 */
final class PageLabels {
    /** Wide enough for "9999" at the reading size. */
    private static final double MARGIN = 44;

    private PageLabels() {
    }

    /**
     * The pane paragraph (text line) each page begins at: the first non-empty line at or after the
     * page's marker. A page with no text shares its line with the next; the later number wins.
     */
    static Map<Integer, Integer> byParagraph(DocumentContent content) {
        List<Block> markers = content.blocks().stream().filter(b -> b.kind() == BlockKind.PAGE_BREAK).toList();
        Map<Integer, Integer> out = new HashMap<>();
        if (markers.isEmpty()) {
            return out;
        }
        String text = content.text();
        int next = 0;
        int pending = -1;
        int paragraph = 0;
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int nl = text.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? text.length() : nl;
            while (next < markers.size() && markers.get(next).start() <= lineStart) {
                pending = markers.get(next++).level();
            }
            if (pending >= 0 && lineEnd > lineStart) {
                out.put(paragraph, pending);
                pending = -1;
            }
            if (nl < 0) {
                break;
            }
            paragraph++;
            lineStart = nl + 1;
        }
        return out;
    }

    /** The pane's paragraph graphic factory for {@code content}, or null when it has no pages. */
    static IntFunction<Node> factory(DocumentContent content) {
        Map<Integer, Integer> pages = byParagraph(content);
        if (pages.isEmpty()) {
            return null;
        }
        return paragraph -> {
            Integer page = pages.get(paragraph);
            Label label = new Label(page == null ? "" : Integer.toString(page));
            label.getStyleClass().add("page-number");
            label.setMinWidth(MARGIN);
            label.setPrefWidth(MARGIN);
            label.setAlignment(Pos.TOP_LEFT);
            if (page != null) {
                label.setAccessibleText("Page " + page);
            }
            return label;
        };
    }
}
