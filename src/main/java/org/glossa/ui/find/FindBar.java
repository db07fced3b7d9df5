package org.glossa.ui.find;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import org.glossa.ui.reader.ReaderView;

/** Find in the open document: every match marked, next / previous, the count shown. */
public final class FindBar {
    private final ReaderView reader;
    private final TextField field = new TextField();
    private final Label count = new Label();
    private final HBox root;
    private final List<javafx.scene.Node> parts;
    private TextFinder finder;
    private String finderText;
    private List<int[]> hits = List.of();
    private int current = -1;

    public FindBar(ReaderView reader) {
        this.reader = reader;
        field.setId("find-field");
        field.setPromptText("Find in document");
        field.setAccessibleText("Find in document");
        field.setPrefColumnCount(24);
        field.textProperty().addListener((obs, old, text) -> search(text));
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                if (e.isShiftDown()) {
                    previous();
                } else {
                    next();
                }
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                close();
                e.consume();
            }
        });
        count.setId("find-count");
        count.getStyleClass().add("find-count");
        Button prev = new Button("\u2191");
        prev.setAccessibleText("Previous match");
        prev.setOnAction(e -> previous());
        Button nextButton = new Button("\u2193");
        nextButton.setAccessibleText("Next match");
        nextButton.setOnAction(e -> next());
        Button close = new Button("\u00d7");
        close.setAccessibleText("Close find");
        close.setOnAction(e -> close());
        parts = List.of(field, count, prev, nextButton, close);
        // the controls join the bar when it first opens: closed, it costs the window's start nothing
        root = new HBox(6);
        root.setAlignment(Pos.CENTER_LEFT);
        root.setPadding(new Insets(4, 8, 4, 8));
        root.getStyleClass().add("find-bar");
        root.setVisible(false);
        root.setManaged(false);
    }

    public HBox node() {
        return root;
    }

    public void open() {
        if (root.getChildren().isEmpty()) {
            root.getChildren().setAll(parts);
        }
        root.setVisible(true);
        root.setManaged(true);
        String selected = reader.area().getSelectedText();
        if (!selected.isBlank() && selected.length() < 200 && !selected.contains("\n")) {
            field.setText(selected);
        }
        field.requestFocus();
        field.selectAll();
        search(field.getText());
    }

    public void close() {
        root.setVisible(false);
        root.setManaged(false);
        hits = List.of();
        current = -1;
        reader.setFindHits(hits, -1);
        reader.area().requestFocus();
    }

    public boolean isOpen() {
        return root.isVisible();
    }

    public void next() {
        step(1);
    }

    public void previous() {
        step(-1);
    }

    /** The document changed: search it again for what is typed. */
    public void refresh() {
        if (isOpen()) {
            search(field.getText());
        }
    }

    private void step(int direction) {
        if (!isOpen()) {
            open();
            return;
        }
        if (hits.isEmpty()) {
            return;
        }
        current = Math.floorMod(current + direction, hits.size());
        reader.setFindHits(hits, current);
        updateCount();
    }

    private void search(String query) {
        if (reader.document() == null) {
            hits = List.of();
        } else {
            String text = reader.document().text();
            if (finder == null || !text.equals(finderText)) {
                finder = new TextFinder(text);
                finderText = text;
            }
            hits = finder.find(query);
        }
        current = hits.isEmpty() ? -1 : firstAfterCaret();
        reader.setFindHits(hits, current);
        updateCount();
    }

    private int firstAfterCaret() {
        int caret = reader.area().getCaretPosition();
        for (int i = 0; i < hits.size(); i++) {
            if (hits.get(i)[0] >= caret) {
                return i;
            }
        }
        return 0;
    }

    private void updateCount() {
        if (field.getText().isBlank()) {
            count.setText("");
        } else if (hits.isEmpty()) {
            count.setText("No matches");
        } else {
            count.setText((current + 1) + " of " + hits.size());
        }
    }
}
