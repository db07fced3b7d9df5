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

/** The table of contents of the open document: its headings; choosing one jumps there. */
public final class ContentsView {
    /** One heading: its text, level and where it starts. */
    public record Entry(String title, int level, int offset) {
    }

    private static final int TITLE_MAX = 90;

    private final ListView<Entry> list = new ListView<>();

    public ContentsView(IntConsumer jumpTo) {
        list.setId("contents-list");
        list.setAccessibleText("Table of contents");
        list.setPlaceholder(new Label("This document has no headings."));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Entry e, boolean empty) {
                super.updateItem(e, empty);
                setText(empty || e == null ? null : e.title());
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
        list.getItems().setAll(doc == null ? List.of() : entries(doc));
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
