package org.glossa.ui.library;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongConsumer;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.TransferMode;
import org.glossa.core.organize.LibraryRow;
import org.glossa.model.DocumentInfo;
import org.glossa.ui.ToolWindows;

/** The documents as a table, sortable by every column; Enter or a double-click opens one. */
public final class LibraryTable {
    private final TableView<LibraryRow> table = new TableView<>();

    public LibraryTable(LibraryTableViewModel model, LongConsumer open) {
        table.setId("library-table");
        table.setAccessibleText("Documents");
        table.setPlaceholder(new Label("No documents match."));
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        // the columns share the table's width (no sideways scrolling in a 1280 px window); each keeps
        // a minimum that shows its header and values whole, and a cut title shows whole on hover
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        SortedList<LibraryRow> sorted = new SortedList<>(model.shown());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        keepSelectionAcrossReloads(model);
        table.getColumns().setAll(List.of(
                withTooltips(text("Title", r -> r.info().title(), 300), 160),
                withTooltips(text("Author", r -> r.info().author(), 130), 80),
                withTooltips(text("Source", r -> r.info().source(), 110), 70),
                fixed(text("Format", r -> r.info().format(), 84)),
                fixed(date("Added", r -> r.info().added())),
                fixed(date("Last read", LibraryRow::lastRead)),
                fixed(number("Annotations", r -> r.info().annotationCount())),
                withTooltips(text("Tags", r -> String.join(", ", r.tags()), 110), 70),
                withTooltips(text("Collections", r -> String.join(", ", r.collections()), 110), 86)));
        table.setRowFactory(v -> {
            TableRow<LibraryRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && row.getItem() != null) {
                    open.accept(row.getItem().info().id());
                }
            });
            // dragging rows onto a collection adds them to it
            row.setOnDragDetected(e -> {
                if (row.getItem() == null) {
                    return;
                }
                List<DocumentInfo> docs = selectedDocuments();
                if (docs.isEmpty()) {
                    docs = List.of(row.getItem().info());
                }
                row.startDragAndDrop(TransferMode.LINK).setContent(LibraryWindow.dragContent(docs));
                e.consume();
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                selected().ifPresent(d -> open.accept(d.id()));
                e.consume();
            }
        });
    }

    /** A reload (after an edit here or in the reading window) leaves the same documents selected. */
    private void keepSelectionAcrossReloads(LibraryTableViewModel model) {
        java.util.Set<Long> kept = new java.util.HashSet<>();
        long[] focused = {-1};
        model.reloadingProperty().addListener((obs, was, now) -> {
            if (now) {
                kept.clear();
                table.getSelectionModel().getSelectedItems().forEach(r -> kept.add(r.info().id()));
                LibraryRow focus = table.getFocusModel().getFocusedItem();
                focused[0] = focus == null ? -1 : focus.info().id();
                return;
            }
            if (kept.isEmpty()) {
                return;
            }
            var selection = table.getSelectionModel();
            selection.clearSelection();
            int focusAt = -1;
            for (int i = 0; i < table.getItems().size(); i++) {
                long id = table.getItems().get(i).info().id();
                if (kept.contains(id)) {
                    selection.select(i);
                }
                if (id == focused[0]) {
                    focusAt = i;
                }
            }
            if (focusAt >= 0) {
                table.getFocusModel().focus(focusAt);
            }
        });
    }

    public TableView<LibraryRow> node() {
        return table;
    }

    public Optional<DocumentInfo> selected() {
        return Optional.ofNullable(table.getSelectionModel().getSelectedItem()).map(LibraryRow::info);
    }

    public List<DocumentInfo> selectedDocuments() {
        return table.getSelectionModel().getSelectedItems().stream().map(LibraryRow::info).toList();
    }

    /** A column whose values are short and of one length (a format, a date, a count): never narrower than them. */
    private static <T> TableColumn<LibraryRow, T> fixed(TableColumn<LibraryRow, T> c) {
        c.setMinWidth(c.getPrefWidth());
        return c;
    }

    /** A column of free text that may be narrowed to {@code min}: a value cut short shows whole on hover. */
    private static TableColumn<LibraryRow, String> withTooltips(TableColumn<LibraryRow, String> c, double min) {
        c.setMinWidth(min);
        c.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
            private final javafx.scene.control.Tooltip whole = new javafx.scene.control.Tooltip();

            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                boolean shown = !empty && text != null && !text.isBlank();
                setText(shown ? text : null);
                whole.setText(shown ? text : "");
                setTooltip(shown ? whole : null);
            }
        });
        return c;
    }

    private static TableColumn<LibraryRow, String> text(String name, Function<LibraryRow, String> value, double width) {
        return ToolWindows.text(name, value, width);
    }

    private static TableColumn<LibraryRow, OffsetDateTime> date(String name,
                                                                Function<LibraryRow, OffsetDateTime> value) {
        return ToolWindows.date(name, value);
    }

    private static TableColumn<LibraryRow, Integer> number(String name, Function<LibraryRow, Integer> value) {
        TableColumn<LibraryRow, Integer> c = ToolWindows.column(name, value, 112);
        c.setStyle("-fx-alignment: CENTER-RIGHT;");
        return c;
    }
}
