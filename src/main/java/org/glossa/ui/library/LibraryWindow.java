package org.glossa.ui.library;

import java.util.List;
import java.util.function.LongConsumer;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.glossa.core.organize.DocumentCollection;
import org.glossa.model.DocumentInfo;
import org.glossa.ui.ToolWindows;

/**
 * The library window (Library > Show library, Ctrl+L): collections on the left, the document
 * table on the right. A window of its own because nine columns do not fit the narrow left pane
 * of the reading window, and an analyst keeps it open beside the reader while working.
 */
public final class LibraryWindow {
    /** Drag-and-drop payload prefix, so only our own rows are accepted by the collection list. */
    static final String DRAG_PREFIX = "glossa-documents:";

    private final LibraryTableViewModel model;
    private final Stage stage = new Stage();
    private final LibraryTable table;
    private final ListView<DocumentCollection> collections = new ListView<>();

    public LibraryWindow(Window owner, LibraryTableViewModel model, LongConsumer open) {
        this.model = model;
        this.table = new LibraryTable(model, open);

        TextField filter = new TextField();
        filter.setId("library-filter");
        filter.setPromptText("Filter by title, author, source, tag, collection\u2026");
        filter.setAccessibleText("Filter documents");
        filter.textProperty().bindBidirectional(model.filterProperty());
        HBox.setHgrow(filter, Priority.ALWAYS);

        Button edit = button("Edit\u2026", "Edit the title, author and source", () ->
                table.selected().ifPresent(d -> MetadataDialog.show(stage, d, model::updateInfo)));
        Button delete = button("Delete", "Delete the document and its annotations (can be undone)", () ->
                table.selected().ifPresent(model::delete));
        delete.setId("library-delete");
        Button undo = button("Undo delete", "Put the last deleted document back (Ctrl+Z)", model::undoDelete);
        undo.setId("library-undo");
        undo.disableProperty().bind(model.canUndoDeleteProperty().not());
        Label count = new Label();
        count.setId("library-count");
        count.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                model.shown().size() + " of " + model.rows().size() + " documents", model.shown(), model.rows()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox actions = new HBox(6, count, spacer, edit, delete, undo);
        actions.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        VBox center = new VBox(6, filter, table.node(), actions);
        VBox.setVgrow(table.node(), Priority.ALWAYS);
        BorderPane root = new BorderPane(center, null, null, null, collectionsPane());
        root.setPadding(new Insets(8));
        BorderPane.setMargin(center, new Insets(0, 0, 0, 8));
        Scene scene = ToolWindows.setUp(stage, owner, "Library", root, 1240, 600, filter::requestFocus);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN), model::undoDelete);
    }

    public void show() {
        model.refresh();
        stage.show();
        stage.toFront();
        table.node().requestFocus();
    }

    public Stage stage() {
        return stage;
    }

    public LibraryTable table() {
        return table;
    }

    private VBox collectionsPane() {
        DocumentCollection all = new DocumentCollection(-1, "All documents", 0);
        collections.setId("collection-list");
        collections.setAccessibleText("Collections; drop documents on one to add them");
        collections.setPrefWidth(190);
        Runnable sync = () -> {
            DocumentCollection chosen = model.collectionProperty().get();
            collections.getItems().setAll(all);
            collections.getItems().addAll(model.collections());
            collections.getSelectionModel().select(chosen == null ? all : chosen);
        };
        model.collections().addListener((javafx.collections.ListChangeListener<DocumentCollection>) c -> sync.run());
        sync.run();
        collections.getSelectionModel().selectedItemProperty().addListener((obs, old, c) -> {
            if (c != null) {
                model.collectionProperty().set(c.id() < 0 ? null : c);
            }
        });
        collections.setCellFactory(v -> new CollectionCell());

        Button add = button("New\u2026", "Create a collection", () ->
                Prompts.text(stage, "New collection", "Name:", "").ifPresent(model::createCollection));
        add.setId("collection-new");
        Button rename = button("Rename\u2026", "Rename the selected collection", () -> chosen().ifPresent(c ->
                Prompts.text(stage, "Rename collection", "Name:", c.name()).ifPresent(n -> model.renameCollection(c, n))));
        Button remove = button("Delete", "Delete the selected collection (its documents stay)", () -> chosen().ifPresent(c -> {
            if (Prompts.confirm(stage, "Delete the collection \u201c" + c.name() + "\u201d? Its documents stay in the library.")) {
                model.deleteCollection(c);
            }
        }));
        rename.disableProperty().bind(model.collectionProperty().isNull());
        remove.disableProperty().bind(model.collectionProperty().isNull());
        Label title = new Label("Collections");
        title.getStyleClass().add("sidebar-header");
        VBox box = new VBox(6, title, collections, new HBox(4, add, rename, remove));
        VBox.setVgrow(collections, Priority.ALWAYS);
        return box;
    }

    private java.util.Optional<DocumentCollection> chosen() {
        return java.util.Optional.ofNullable(model.collectionProperty().get());
    }

    private static Button button(String text, String help, Runnable action) {
        Button b = new Button(text);
        b.setTooltip(new javafx.scene.control.Tooltip(help));
        b.setAccessibleHelp(help);
        b.setOnAction(e -> action.run());
        return b;
    }

    static ClipboardContent dragContent(List<DocumentInfo> docs) {
        ClipboardContent content = new ClipboardContent();
        content.putString(DRAG_PREFIX + String.join(",", docs.stream().map(d -> Long.toString(d.id())).toList()));
        return content;
    }

    static List<Long> draggedIds(String payload) {
        if (payload == null || !payload.startsWith(DRAG_PREFIX) || payload.length() == DRAG_PREFIX.length()) {
            return List.of();
        }
        return java.util.Arrays.stream(payload.substring(DRAG_PREFIX.length()).split(",")).map(Long::valueOf).toList();
    }

    /** A collection with its count; documents dragged from the table can be dropped on it. */
    private final class CollectionCell extends ListCell<DocumentCollection> {
        CollectionCell() {
            setOnDragOver(e -> {
                if (getItem() != null && getItem().id() >= 0 && !draggedIds(e.getDragboard().getString()).isEmpty()) {
                    e.acceptTransferModes(TransferMode.LINK);
                }
                e.consume();
            });
            setOnDragEntered(e -> pseudoClassStateChanged(DROP, getItem() != null && getItem().id() >= 0));
            setOnDragExited(e -> pseudoClassStateChanged(DROP, false));
            setOnDragDropped(e -> {
                List<Long> ids = draggedIds(e.getDragboard().getString());
                boolean ok = getItem() != null && getItem().id() >= 0 && !ids.isEmpty();
                if (ok) {
                    model.addToCollection(getItem(), ids);
                }
                e.setDropCompleted(ok);
                e.consume();
            });
        }

        @Override
        protected void updateItem(DocumentCollection c, boolean empty) {
            super.updateItem(c, empty);
            setText(empty || c == null ? null : c.id() < 0 ? c.name() : c.name() + "  (" + c.documentCount() + ")");
        }
    }

    private static final javafx.css.PseudoClass DROP = javafx.css.PseudoClass.getPseudoClass("drop-target");
}
