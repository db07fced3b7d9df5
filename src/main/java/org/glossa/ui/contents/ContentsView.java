package org.glossa.ui.contents;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.glossa.model.Block;
import org.glossa.model.BlockKind;
import org.glossa.model.Document;

/**
 * The table of contents of the open document: its headings; choosing one jumps there. The
 * chapter being read (the last heading at or above the top of the pane) is marked.
 */
public final class ContentsView {
    /** One heading: its text, level and where it starts. */
    public record Entry(String title, int level, int offset) {
    }

    private static final int TITLE_MAX = 90;

    private static final javafx.css.PseudoClass CURRENT = javafx.css.PseudoClass.getPseudoClass("current");

    private final ListView<Entry> list = new ListView<>();
    /** Where each entry starts, ascending (headings come in reading order). */
    private int[] offsets = new int[0];
    /** The entry being read, or null. */
    private Entry current;

    public ContentsView(IntConsumer jumpTo) {
        list.setId("contents-list");
        list.getStyleClass().add("contents-list");
        list.setAccessibleText("Table of contents");
        list.setPlaceholder(new Label("This document has no headings."));
        list.setCellFactory(v -> new ListCell<>() {
            {
                setPrefWidth(0); // as wide as the list, long titles cut with an ellipsis
            }

            @Override
            protected void updateItem(Entry e, boolean empty) {
                super.updateItem(e, empty);
                setText(empty || e == null ? null : e.title());
                boolean here = !empty && e != null && e == current;
                pseudoClassStateChanged(CURRENT, here);
                setAccessibleText(empty || e == null ? null : here ? e.title() + " (reading)" : e.title());
                setStyle(empty || e == null ? null : "-fx-padding: 3 4 3 " + (6 + 14 * Math.max(0, e.level() - 1)) + ";"
                        + (e.level() <= 1 ? " -fx-font-weight: bold;" : ""));
            }
        });
        list.setOnMouseClicked(e -> jump(jumpTo));
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                jump(jumpTo);
            }
        });
    }

    private void jump(IntConsumer jumpTo) {
        Entry e = list.getSelectionModel().getSelectedItem();
        if (e != null) {
            jumpTo.accept(e.offset());
        }
    }

    public ListView<Entry> node() {
        return list;
    }

    public void show(Document doc) {
        List<Entry> entries = doc == null ? List.of() : entries(doc);
        offsets = entries.stream().mapToInt(Entry::offset).toArray();
        current = null;
        list.getItems().setAll(entries);
    }

    /** The entry being read, or null. */
    public Entry current() {
        return current;
    }

    /**
     * Marks the chapter that holds {@code topOffset} (the start of the paragraph at the top of
     * the reading pane): a binary search, and the list redrawn only when the chapter changes.
     */
    public void markCurrent(int topOffset) {
        int i = topOffset < 0 ? -1 : java.util.Arrays.binarySearch(offsets, topOffset);
        int at = i >= 0 ? i : -i - 2;
        Entry now = at >= 0 && at < list.getItems().size() ? list.getItems().get(at) : null;
        if (now != current) {
            current = now;
            list.refresh();
            if (at >= 0 && !list.isHover() && !list.isFocused()) {
                list.scrollTo(Math.max(0, at - 3)); // the chapter being read stays in view, a few above it
            }
        }
    }

    /** The contents above, the bookmarks below, for the Contents tab. */
    public javafx.scene.layout.VBox withBookmarks(BookmarksView bookmarks) {
        Label heading = new Label("Bookmarks");
        heading.getStyleClass().add("sidebar-header");
        javafx.scene.layout.VBox box = new javafx.scene.layout.VBox(list, heading, bookmarks.node());
        javafx.scene.layout.VBox.setVgrow(list, javafx.scene.layout.Priority.ALWAYS);
        box.getStyleClass().add("contents-pane");
        return box;
    }

    static List<Entry> entries(Document doc) {
        List<Entry> out = new ArrayList<>();
        String text = doc.text();
        for (Block b : doc.content().blocks()) {
            if (b.kind() == BlockKind.HEADING && b.end() > b.start()) {
                String title = text.substring(b.start(), b.end()).replace('\n', ' ').strip();
                if (title.length() > TITLE_MAX) {
                    title = title.substring(0, TITLE_MAX) + "\u2026";
                }
                out.add(new Entry(title, b.level(), b.start()));
            }
        }
        return out;
    }
}
