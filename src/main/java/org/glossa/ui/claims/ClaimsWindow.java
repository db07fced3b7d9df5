package org.glossa.ui.claims;

import java.io.File;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;
import org.glossa.core.claims.ClaimRow;
import org.glossa.ui.ToolWindows;

/**
 * The claims table (Library > Claims table): every annotation that matches a filter, across
 * the library, sortable; a double-click opens the passage; copy as TSV, export as CSV.
 */
public final class ClaimsWindow {
    private final ClaimsViewModel model;
    private final Stage stage = new Stage();
    private final TableView<ClaimRow> table = new TableView<>();
    private final TextField filter = new TextField();

    public ClaimsWindow(Window owner, ClaimsViewModel model, Consumer<ClaimRow> open, String syntaxHelp) {
        this.model = model;
        filter.setId("claims-filter");
        filter.setPromptText("Filter annotations: tag:claim color:yellow \"a phrase\" in:collection\u2026");
        filter.setTooltip(new Tooltip(syntaxHelp));
        filter.setAccessibleText("Filter annotations");
        filter.setAccessibleHelp(syntaxHelp);
        PauseTransition pause = new PauseTransition(Duration.millis(250));
        pause.setOnFinished(e -> model.filter(filter.getText()));
        filter.textProperty().addListener((obs, old, t) -> pause.playFromStart());
        filter.setOnKeyTyped(e -> model.onlyDocument(null, null));
        HBox.setHgrow(filter, Priority.ALWAYS);

        table.setId("claims-table");
        table.setAccessibleText("Annotations");
        table.setPlaceholder(new Label("No annotations match."));
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        SortedList<ClaimRow> sorted = new SortedList<>(model.rows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        TableColumn<ClaimRow, Integer> position = column("Location", r -> r.page() != null ? r.page() : r.start(), 90);
        position.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Integer v, boolean empty) {
                super.updateItem(v, empty);
                ClaimRow r = empty ? null : getTableRow().getItem();
                setText(r == null ? null : r.locationOrOffset());
            }
        });
        table.getColumns().setAll(List.of(
                text("Document", ClaimRow::documentTitle, 170), position,
                text("Quote", ClaimRow::quote, 280), text("Note", ClaimRow::note, 200),
                text("Tags", r -> String.join(", ", r.tags()), 120), text("Colour", ClaimRow::color, 70),
                text("Author", ClaimRow::author, 90), ToolWindows.date("Date", ClaimRow::created)));
        table.setRowFactory(v -> {
            TableRow<ClaimRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && row.getItem() != null) {
                    open.accept(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            ClaimRow r = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && r != null) {
                open.accept(r);
                e.consume();
            }
        });

        Button copy = new Button("Copy as TSV");
        copy.setId("claims-copy");
        copy.setTooltip(new Tooltip("Copy the selected rows (or all) as tab-separated text (Ctrl+C)"));
        copy.setOnAction(e -> copyTsv());
        Button export = new Button("Export CSV\u2026");
        export.setId("claims-export");
        export.setTooltip(new Tooltip("Save the filtered annotations as a CSV file"));
        export.setOnAction(e -> exportCsv());
        Label count = new Label();
        count.setId("claims-count");
        count.textProperty().bind(model.summaryProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bottom = new HBox(6, count, spacer, copy, export);
        bottom.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox root = new VBox(6, filter, table, bottom);
        VBox.setVgrow(table, Priority.ALWAYS);
        root.setPadding(new Insets(8));
        Scene scene = ToolWindows.setUp(stage, owner, "Claims", root, 1200, 600, filter::requestFocus);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN), this::copyTsv);
    }

    public void show() {
        model.refresh();
        stage.show();
        stage.toFront();
        // the table takes the keys, so the filter still shows its hint (Ctrl+F goes there)
        table.requestFocus();
    }

    /** Shows the annotations tagged {@code tag} in one document: the tag overview's cell, opened. */
    public void showTagIn(String tag, long documentId, String documentTitle) {
        model.onlyDocument(documentId, documentTitle);
        filter.setText("tag:\"" + tag + "\"");
        model.filter(filter.getText());
        stage.show();
        stage.toFront();
    }

    public Stage stage() {
        return stage;
    }

    public TableView<ClaimRow> table() {
        return table;
    }

    public ClaimsViewModel model() {
        return model;
    }

    public TextField filterField() {
        return filter;
    }

    /** The selected rows, or every shown row when none is selected, in the table's order. */
    public List<ClaimRow> rowsToCopy() {
        List<ClaimRow> selected = List.copyOf(table.getSelectionModel().getSelectedItems());
        return selected.isEmpty() ? List.copyOf(table.getItems()) : selected;
    }

    private void copyTsv() {
        ClipboardContent content = new ClipboardContent();
        content.putString(ClaimsViewModel.tsv(rowsToCopy()));
        Clipboard.getSystemClipboard().setContent(content);
    }

    private void exportCsv() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export claims as CSV");
        chooser.setInitialFileName("claims.csv");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
        File file = chooser.showSaveDialog(stage);
        if (file != null) {
            model.exportCsv(file.toPath());
        }
    }

    private static <T> TableColumn<ClaimRow, T> column(String name, Function<ClaimRow, T> value, double width) {
        return ToolWindows.column(name, value, width);
    }

    private static TableColumn<ClaimRow, String> text(String name, Function<ClaimRow, String> value, double width) {
        return ToolWindows.text(name, value, width);
    }
}
