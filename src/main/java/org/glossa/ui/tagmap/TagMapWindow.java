package org.glossa.ui.tagmap;

import java.util.function.LongConsumer;
import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;
import org.glossa.core.organize.TagMatrix;
import org.glossa.ui.ToolWindows;

/**
 * The tag overview (Library > Tag overview): tags down, documents across, each cell shaded by
 * how many annotations of that document carry the tag, so one sees which sources speak to
 * which claim. Clicking a column heading opens the document.
 */
public final class TagMapWindow {
    private static final double CELL = 44;

    private final TagMapViewModel model;
    private final Stage stage = new Stage();
    private final GridPane grid = new GridPane();
    private final Label empty = new Label("No tagged annotations yet. Tag highlights (T) to fill this map.");
    private final TextField filter = new TextField();
    private final LongConsumer open;
    private final ScrollPane scroll;
    private final java.util.function.BiConsumer<String, TagMatrix.DocumentRef> openCell;

    /**
     * {@code open} opens a document (a column heading); {@code openCell} shows the annotations
     * of a cell: those with the tag in the document.
     */
    public TagMapWindow(Window owner, TagMapViewModel model, LongConsumer open,
            java.util.function.BiConsumer<String, TagMatrix.DocumentRef> openCell, String syntaxHelp) {
        this.model = model;
        this.open = open;
        this.openCell = openCell;
        filter.setId("tagmap-filter");
        filter.setPromptText("Limit to annotations: color:yellow in:collection \u2026");
        filter.setTooltip(new Tooltip(syntaxHelp));
        filter.setAccessibleText("Filter annotations");
        PauseTransition pause = new PauseTransition(Duration.millis(300));
        pause.setOnFinished(e -> model.load(filter.getText()));
        filter.textProperty().addListener((obs, o, t) -> pause.playFromStart());
        grid.setId("tag-map");
        grid.setHgap(2);
        grid.setVgap(2);
        grid.setAccessibleText("Tags by documents");
        model.matrixProperty().addListener((obs, o, m) -> render(m));
        scroll = new ScrollPane(new VBox(8, empty, grid));
        scroll.setFitToWidth(false);
        VBox root = new VBox(8, filter, scroll);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        root.setPadding(new Insets(8));
        ToolWindows.setUp(stage, owner, "Tag overview", root, 900, 520, filter::requestFocus);
    }

    public void show() {
        model.load(filter.getText());
        stage.show();
        // the overview takes the keys, so the filter still shows its hint (Ctrl+F goes there)
        scroll.requestFocus();
        stage.toFront();
    }

    public Stage stage() {
        return stage;
    }

    public GridPane grid() {
        return grid;
    }

    private void render(TagMatrix m) {
        grid.getChildren().clear();
        boolean none = m == null || m.tags().isEmpty();
        empty.setVisible(none);
        empty.setManaged(none);
        if (none) {
            return;
        }
        int max = m.max();
        for (int col = 0; col < m.documents().size(); col++) {
            TagMatrix.DocumentRef d = m.documents().get(col);
            Label head = new Label(d.title());
            head.getStyleClass().add("tagmap-document");
            head.setRotate(-90);
            head.setMaxWidth(160);
            head.setTooltip(new Tooltip(d.title() + " \u2014 click to open"));
            head.setOnMouseClicked(e -> open.accept(d.id()));
            // a rotated label keeps its unrotated layout size; a fixed-size group holds it upright
            javafx.scene.Group g = new javafx.scene.Group(head);
            grid.add(g, col + 1, 0);
            GridPane.setHalignment(g, javafx.geometry.HPos.CENTER);
            GridPane.setValignment(g, javafx.geometry.VPos.BOTTOM);
        }
        for (int row = 0; row < m.tags().size(); row++) {
            String tag = m.tags().get(row);
            Label name = new Label(tag);
            name.getStyleClass().add("tagmap-tag");
            grid.add(name, 0, row + 1);
            for (int col = 0; col < m.documents().size(); col++) {
                int n = m.count(row, col);
                TagMatrix.DocumentRef d = m.documents().get(col);
                Label cell = cell(n, max, tag, d.title());
                if (n > 0) {
                    cell.setCursor(javafx.scene.Cursor.HAND);
                    cell.setOnMouseClicked(e -> openCell.accept(tag, d));
                }
                grid.add(cell, col + 1, row + 1);
            }
        }
    }

    private static Label cell(int n, int max, String tag, String document) {
        Label cell = new Label(n == 0 ? "" : Integer.toString(n));
        double s = TagMapViewModel.shade(n, max);
        cell.setMinSize(CELL, 28);
        cell.setPrefSize(CELL, 28);
        cell.setAlignment(Pos.CENTER);
        cell.getStyleClass().add("tagmap-cell");
        // blue tints on white; the text turns white once the cell is dark enough to need it
        cell.setStyle(String.format(java.util.Locale.ROOT,
                "-fx-background-color: rgba(37, 99, 235, %.2f); -fx-text-fill: %s;", s, s > 0.55 ? "white" : "black"));
        String text = n + " annotation" + (n == 1 ? "" : "s") + " tagged \u201c" + tag + "\u201d in \u201c" + document + "\u201d";
        cell.setTooltip(new Tooltip(text));
        cell.setAccessibleText(text);
        return cell;
    }
}
