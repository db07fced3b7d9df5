package org.glossa.ui.library;

import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.glossa.model.DocumentInfo;

/** Edits a document's title, author and source; blank author or source clears it. */
final class MetadataDialog {
    /** What the dialog hands back: the document and its new fields. */
    interface Save {
        void save(long id, String title, String author, String source);
    }

    private MetadataDialog() {
    }

    static void show(Window owner, DocumentInfo d, Save save) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Edit document");
        dialog.setHeaderText(null);
        TextField title = field("metadata-title", "Title", d.title());
        TextField author = field("metadata-author", "Author", d.author());
        TextField source = field("metadata-source", "Source (URL or reference)", d.source());
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label("Title:"), title);
        grid.addRow(1, new Label("Author:"), author);
        grid.addRow(2, new Label("Source:"), source);
        title.setPrefColumnCount(36);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        // a document needs a title; the OK button says so by staying off
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty()
                .bind(title.textProperty().isEmpty().or(javafx.beans.binding.Bindings.createBooleanBinding(
                        () -> title.getText().isBlank(), title.textProperty())));
        javafx.application.Platform.runLater(title::requestFocus);
        dialog.showAndWait().filter(b -> b == ButtonType.OK)
                .ifPresent(b -> save.save(d.id(), title.getText().strip(), author.getText(), source.getText()));
    }

    private static TextField field(String id, String name, String value) {
        TextField f = new TextField(value == null ? "" : value);
        f.setId(id);
        f.setAccessibleText(name);
        return f;
    }
}
