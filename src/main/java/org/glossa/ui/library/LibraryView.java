package org.glossa.ui.library;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.glossa.model.DocumentInfo;
import org.glossa.ui.ListWrapping;

/** The list of documents in the library; choosing one opens it. */
public final class LibraryView {
    private final DocumentsViewModel model;
    private final ListView<DocumentInfo> list = new ListView<>();
    private final VBox root;
    private boolean syncing;

    public LibraryView(DocumentsViewModel model) {
        this.model = model;
        list.setId("document-list");
        list.setItems(model.documents());
        list.setAccessibleText("Documents");
        list.setPlaceholder(new Label("No documents.\nFile \u203a Import\u2026 or drop files here."));
        list.setCellFactory(v -> new DocumentCell());
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, d) -> {
            if (!syncing && d != null && (model.currentProperty().get() == null
                    || model.currentProperty().get().id() != d.id())) {
                model.open(d.id());
            }
        });
        model.currentProperty().addListener((obs, old, d) -> select(d));
        model.documents().addListener((javafx.collections.ListChangeListener<DocumentInfo>) c ->
                select(model.currentProperty().get()));
        VBox.setVgrow(list, Priority.ALWAYS);
        root = new VBox(list);
        root.getStyleClass().add("library");
        root.setMinWidth(160);
    }

    public VBox node() {
        return root;
    }

    public ListView<DocumentInfo> list() {
        return list;
    }

    private void select(DocumentInfo d) {
        syncing = true;
        try {
            if (d == null) {
                list.getSelectionModel().clearSelection();
                return;
            }
            for (int i = 0; i < list.getItems().size(); i++) {
                if (list.getItems().get(i).id() == d.id()) {
                    list.getSelectionModel().select(i);
                    return;
                }
            }
        } finally {
            syncing = false;
        }
    }

    private static final class DocumentCell extends ListCell<DocumentInfo> {
        private final Label title = new Label();
        private final Label detail = new Label();
        private final VBox box = new VBox(2, title, detail);

        DocumentCell() {
            title.getStyleClass().add("doc-title");
            title.setWrapText(true);
            detail.getStyleClass().add("doc-detail");
            detail.setWrapText(true);
            box.setPadding(new Insets(4, 2, 4, 2));
            ListWrapping.wrapToList(this, 24, title, detail);
        }

        @Override
        protected void updateItem(DocumentInfo d, boolean empty) {
            super.updateItem(d, empty);
            if (empty || d == null) {
                setGraphic(null);
                return;
            }
            title.setText(d.title());
            String who = d.author() == null ? d.format() : d.author();
            // a count shown to the reader: grouped in the reader's own locale
            detail.setText(who + " \u00b7 " + String.format("%,d", d.annotationCount()) + " annotation"
                    + (d.annotationCount() == 1 ? "" : "s"));
            setGraphic(box);
            setAccessibleText(d.title());
        }
    }
}
