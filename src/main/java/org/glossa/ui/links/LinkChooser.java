package org.glossa.ui.links;

import javafx.animation.PauseTransition;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.glossa.core.claims.ClaimRow;
import org.glossa.core.organize.LinkKind;
import org.glossa.ui.search.SearchPanel;

/** Chooses the other end of a new link from the library's annotations, searchable, and the kind. */
final class LinkChooser {
    private LinkChooser() {
    }

    static void show(Window owner, LinksViewModel model) {
        if (model.annotationId() == null) {
            return;
        }
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Link to another annotation");
        dialog.setHeaderText(null);
        ChoiceBox<LinkKind> kind = new ChoiceBox<>();
        kind.getItems().setAll(LinkKind.values());
        kind.setValue(LinkKind.SUPPORTS);
        kind.setAccessibleText("Kind of link");
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(LinkKind k) {
                return k == null ? "" : "This annotation " + (k == LinkKind.RELATED ? "is related to" : k.code());
            }

            @Override
            public LinkKind fromString(String s) {
                return null;
            }
        });
        TextField filter = new TextField();
        filter.setId("link-filter");
        filter.setPromptText("Find an annotation: words, tag:, color:, in:\u2026");
        filter.setAccessibleText("Find an annotation");
        filter.setAccessibleHelp(SearchPanel.SYNTAX);
        ListView<ClaimRow> rows = new ListView<>();
        rows.setId("link-candidates");
        rows.setAccessibleText("Annotations");
        // room for a dozen annotations at once, however the dialog is first sized
        rows.setPrefSize(560, 320);
        rows.setMinHeight(240);
        VBox.setVgrow(rows, javafx.scene.layout.Priority.ALWAYS);
        rows.setPlaceholder(new Label("No annotations match."));
        rows.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(ClaimRow r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? null : "\u201c" + r.quote() + "\u201d \u2014 " + r.documentTitle());
            }
        });
        PauseTransition pause = new PauseTransition(Duration.millis(250));
        pause.setOnFinished(e -> model.candidates(filter.getText(), found -> rows.getItems().setAll(found)));
        filter.textProperty().addListener((obs, o, t) -> pause.playFromStart());
        model.candidates("", found -> rows.getItems().setAll(found));
        dialog.getDialogPane().setContent(new VBox(8, new HBox(8, kind), filter, rows));
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        dialog.setResizable(true);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty()
                .bind(rows.getSelectionModel().selectedItemProperty().isNull());
        javafx.application.Platform.runLater(filter::requestFocus);
        dialog.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> {
            ClaimRow chosen = rows.getSelectionModel().getSelectedItem();
            if (chosen != null) {
                model.link(chosen.annotationId(), kind.getValue());
            }
        });
    }
}
