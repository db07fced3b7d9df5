package org.glossa.ui.packet;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TextField;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.glossa.model.DocumentInfo;

/**
 * Add from library…: the library's documents not yet in the packet, with a filter on title and
 * author; several can be chosen (Shift or Ctrl click) and are added in the order listed.
 */
final class ReadingChooser extends Dialog<List<Long>> {
    static final ButtonType ADD = new ButtonType("Add", ButtonBar.ButtonData.OK_DONE);

    ReadingChooser(Window owner, List<DocumentInfo> documents) {
        initOwner(owner);
        setTitle("Add readings from the library");
        setHeaderText(null);
        setResizable(true);
        TextField filter = new TextField();
        filter.setId("packet-chooser-filter");
        filter.setPromptText("Filter by title or author");
        filter.setAccessibleText("Filter documents");
        FilteredList<DocumentInfo> shown = new FilteredList<>(FXCollections.observableArrayList(documents));
        filter.textProperty().addListener((o, a, t) -> shown.setPredicate(d -> PacketEditorViewModel.matches(d, t)));
        ListView<DocumentInfo> list = new ListView<>(shown);
        list.setId("packet-chooser-list");
        list.setAccessibleText("Documents of the library");
        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        list.setPlaceholder(new Label(documents.isEmpty() ? "Every document of the library is in this packet."
                : "No document matches the filter."));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(DocumentInfo d, boolean empty) {
                super.updateItem(d, empty);
                setText(empty || d == null ? null : d.title()
                        + (d.author() == null || d.author().isBlank() ? "" : " \u2014 " + d.author()));
            }
        });
        list.setPrefSize(520, 360);
        VBox content = new VBox(6, filter, list,
                new Label("Shift or Ctrl click to choose several; they are added in this order."));
        VBox.setVgrow(list, Priority.ALWAYS);
        content.setPadding(new Insets(4));
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().setAll(ADD, ButtonType.CANCEL);
        getDialogPane().lookupButton(ADD).disableProperty().bind(
                javafx.beans.binding.Bindings.isEmpty(list.getSelectionModel().getSelectedItems()));
        if (owner != null && owner.getScene() != null) {
            getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && !list.getSelectionModel().isEmpty()) {
                setResult(result(list));
                close();
            }
        });
        setResultConverter(b -> b == ADD ? result(list) : null);
    }

    /** The chosen documents in the order listed. */
    private static List<Long> result(ListView<DocumentInfo> list) {
        return list.getItems().stream().filter(d -> list.getSelectionModel().getSelectedItems().contains(d))
                .map(DocumentInfo::id).toList();
    }
}
