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
        // columns keep their widths (a horizontal scroll bar beats titles cut to "Ru...")
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        SortedList<LibraryRow> sorted = new SortedList<>(model.shown());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        keepSelectionAcrossReloads(model);
        table.getColumns().setAll(List.of(
                text("Title", r -> r.info().title(), 240),
                text("Author", r -> r.info().author(), 120),
                text("Source", r -> r.info().source(), 120),
                text("Format", r -> r.info().format(), 70),
                date("Added", r -> r.info().added()),
                date("Last read", LibraryRow::lastRead),
                number("Annotations", r -> r.info().annotationCount()),
                text("Tags", r -> String.join(", ", r.tags()), 110),
                text("Collections", r -> String.join(", ", r.collections()), 110)));
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

    private static TableColumn<LibraryRow, String> text(String name, Function<LibraryRow, String> value, double width) {
        return ToolWindows.text(name, value, width);
    }

    private static TableColumn<LibraryRow, OffsetDateTime> date(String name,
                                                                Function<LibraryRow, OffsetDateTime> value) {
        return ToolWindows.date(name, value);
    }

    private static TableColumn<LibraryRow, Integer> number(String name, Function<LibraryRow, Integer> value) {
        TableColumn<LibraryRow, Integer> c = ToolWindows.column(name, value, 95);
        c.setStyle("-fx-alignment: CENTER-RIGHT;");
        return c;
    }
}
