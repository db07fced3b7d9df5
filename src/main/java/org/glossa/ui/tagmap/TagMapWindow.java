package org.glossa.ui.tagmap;

import java.util.function.LongConsumer;
import javafx.animation.PauseTransition;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
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
 * which claim. Clicking a column heading opens the document. Only the cells in view are
 * controls (500 tags by 5,000 documents would be millions): the grid holds the visible rows and
 * columns with their headings, kept at the top left of the view, and is refilled as it scrolls.
 */
public final class TagMapWindow {
    private static final double CELL = 44;
    private static final double ROW = 28;
    private static final double GAP = 2;
    /** The widest a document heading gets (its title, turned upright). */
    private static final double HEADING = 160;

    private final TagMapViewModel model;
    private final Stage stage = new Stage();
    private final GridPane grid = new GridPane();
    private final Label empty = new Label("No tagged annotations yet. Tag highlights (T) to fill this map.");
    private final TextField filter = new TextField();
    private final LongConsumer open;
    private final ScrollPane scroll;
    private final java.util.function.BiConsumer<String, TagMatrix.DocumentRef> openCell;
    /** The whole matrix's size, so the scroll bars span all of it; the grid shows the part in view. */
    private final javafx.scene.layout.Pane sheet = new javafx.scene.layout.Pane();
    private TagMatrix shown;
    private double tagWidth;
    private double headingHeight;
    private int maxCount;
    /** First row, first column, rows and columns of the cells in the grid (-1: none yet). */
    private final int[] range = {-1, -1, -1, -1};

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
        sheet.getChildren().add(grid);
        grid.setManaged(false);
        scroll = new ScrollPane(new VBox(8, empty, sheet));
        scroll.setFitToWidth(false);
        scroll.hvalueProperty().addListener((obs, o, v) -> fill());
        scroll.vvalueProperty().addListener((obs, o, v) -> fill());
        scroll.viewportBoundsProperty().addListener((obs, o, v) -> fill());
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
        shown = m;
        grid.getChildren().clear();
        range[0] = -1;
        boolean none = m == null || m.tags().isEmpty();
        empty.setVisible(none);
        empty.setManaged(none);
        if (none) {
            sheet.setPrefSize(0, 0);
            return;
        }
        maxCount = m.max();
        tagWidth = 0;
        for (String tag : m.tags()) {
            tagWidth = Math.max(tagWidth, textWidth(tag, "tagmap-tag"));
        }
        tagWidth += 12;
        headingHeight = 0;
        for (TagMatrix.DocumentRef d : m.documents()) {
            headingHeight = Math.max(headingHeight, Math.min(HEADING, textWidth(d.title(), "tagmap-document") + 12));
            if (headingHeight >= HEADING) {
                // as tall as a heading gets: the other titles cannot change it
                break;
            }
        }
        sheet.setPrefSize(tagWidth + m.documents().size() * (CELL + GAP), headingHeight + m.tags().size() * (ROW + GAP));
        sheet.setMinSize(javafx.scene.layout.Region.USE_PREF_SIZE, javafx.scene.layout.Region.USE_PREF_SIZE);
        fill();
    }

    /** A label's text width in the window's font: sizes the heading row and the tag column once per matrix. */
    private double textWidth(String text, String style) {
        measure.getStyleClass().setAll(style);
        measure.setFont(empty.getFont());
        measure.setText(text);
        return measure.getLayoutBounds().getWidth();
    }

    /** The one text node that {@link #textWidth} measures with (a node per label would cost thousands). */
    private final javafx.scene.text.Text measure = new javafx.scene.text.Text();

    /** Puts the rows and columns in view into the grid, with their headings, at the view's top left. */
    private void fill() {
        TagMatrix m = shown;
        if (m == null || m.tags().isEmpty()) {
            return;
        }
        Bounds view = scroll.getViewportBounds();
        double viewW = view.getWidth() > 0 ? view.getWidth() : 900;
        double viewH = view.getHeight() > 0 ? view.getHeight() : 520;
        double x = Math.max(0, scroll.getHvalue() * Math.max(0, sheet.getPrefWidth() - viewW));
        double y = Math.max(0, scroll.getVvalue() * Math.max(0, sheet.getPrefHeight() - viewH));
        int cols = Math.min(m.documents().size(), (int) Math.ceil(Math.max(0, viewW - tagWidth) / (CELL + GAP)) + 1);
        int rows = Math.min(m.tags().size(), (int) Math.ceil(Math.max(0, viewH - headingHeight) / (ROW + GAP)) + 1);
        int col0 = Math.max(0, Math.min(m.documents().size() - cols, (int) Math.floor(x / (CELL + GAP))));
        int row0 = Math.max(0, Math.min(m.tags().size() - rows, (int) Math.floor(y / (ROW + GAP))));
        grid.relocate(Math.max(0, Math.min(x, sheet.getPrefWidth() - tagWidth - cols * (CELL + GAP))),
                Math.max(0, Math.min(y, sheet.getPrefHeight() - headingHeight - rows * (ROW + GAP))));
        if (range[0] == row0 && range[1] == col0 && range[2] == rows && range[3] == cols) {
            return;
        }
        range[0] = row0;
        range[1] = col0;
        range[2] = rows;
        range[3] = cols;
        java.util.List<Node> nodes = new java.util.ArrayList<>();
        int max = maxCount;
        grid.getColumnConstraints().setAll(new javafx.scene.layout.ColumnConstraints(tagWidth));
        grid.getRowConstraints().setAll(new javafx.scene.layout.RowConstraints(headingHeight));
        for (int c = 0; c < cols; c++) {
            TagMatrix.DocumentRef d = m.documents().get(col0 + c);
            Label head = new Label(d.title());
            head.getStyleClass().add("tagmap-document");
            head.setRotate(-90);
            head.setMaxWidth(HEADING);
            head.setTooltip(new Tooltip(d.title() + " \u2014 click to open"));
            head.setOnMouseClicked(e -> open.accept(d.id()));
            // a rotated label keeps its unrotated layout size; a fixed-size group holds it upright
            javafx.scene.Group g = new javafx.scene.Group(head);
            GridPane.setConstraints(g, c + 1, 0, 1, 1, javafx.geometry.HPos.CENTER, javafx.geometry.VPos.BOTTOM);
            nodes.add(g);
        }
        for (int r = 0; r < rows; r++) {
            String tag = m.tags().get(row0 + r);
            Label name = new Label(tag);
            name.getStyleClass().add("tagmap-tag");
            GridPane.setConstraints(name, 0, r + 1);
            nodes.add(name);
            for (int c = 0; c < cols; c++) {
                int n = m.count(row0 + r, col0 + c);
                TagMatrix.DocumentRef d = m.documents().get(col0 + c);
                Label cell = cell(n, max, tag, d.title());
                if (n > 0) {
                    cell.setCursor(javafx.scene.Cursor.HAND);
                    cell.setOnMouseClicked(e -> openCell.accept(tag, d));
                }
                GridPane.setConstraints(cell, c + 1, r + 1);
                nodes.add(cell);
            }
        }
        grid.getChildren().setAll(nodes);
        grid.autosize();
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
