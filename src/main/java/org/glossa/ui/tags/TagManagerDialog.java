package org.glossa.ui.tags;

import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Dialog;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.glossa.core.store.TagRepository.TagCount;
import org.glossa.model.HighlightColor;

/** Tag manager: every tag with its count; rename, merge into another, recolour, delete. */
public final class TagManagerDialog {
    private TagManagerDialog() {
    }

    public static void show(Window owner, TagsViewModel model) {
        show(owner, model, null);
    }

    /** As {@link #show(Window, TagsViewModel)}, with a Memo… button that opens the chosen tag's memo. */
    public static void show(Window owner, TagsViewModel model, java.util.function.Consumer<String> openMemo) {
        model.refresh();
        TableView<TagCount> table = new TableView<>(model.tags());
        table.setId("tag-table");
        table.setPlaceholder(new javafx.scene.control.Label("No tags yet."));
        TableColumn<TagCount, String> name = new TableColumn<>("Tag");
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        name.setPrefWidth(220);
        TableColumn<TagCount, Integer> count = new TableColumn<>("Annotations");
        count.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().count()));
        TableColumn<TagCount, String> color = new TableColumn<>("Colour");
        color.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().color() == null ? "" : c.getValue().color()));
        table.getColumns().setAll(java.util.List.of(name, count, color));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        Button rename = new Button("Rename\u2026");
        rename.setId("tag-rename");
        Button merge = new Button("Merge into\u2026");
        merge.setId("tag-merge");
        Button recolor = new Button("Colour\u2026");
        recolor.setId("tag-color");
        Button delete = new Button("Delete");
        delete.setId("tag-delete");
        for (Button b : new Button[] {rename, merge, recolor, delete}) {
            b.setMaxWidth(Double.MAX_VALUE);
            b.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        }
        rename.setOnAction(e -> selected(table).ifPresent(t -> {
            TextInputDialog ask = new TextInputDialog(t.name());
            ask.initOwner(table.getScene().getWindow());
            ask.setTitle("Rename tag");
            ask.setHeaderText("Rename \u201c" + t.name() + "\u201d (use / for a hierarchy, e.g. claim/economic)");
            ask.showAndWait().filter(n -> !n.isBlank()).ifPresent(n -> model.rename(t.name(), n));
        }));
        merge.setOnAction(e -> selected(table).ifPresent(t -> {
            var others = model.names().stream().filter(n -> !n.equalsIgnoreCase(t.name())).toList();
            if (others.isEmpty()) {
                return;
            }
            ChoiceDialog<String> ask = new ChoiceDialog<>(others.get(0), others);
            ask.initOwner(table.getScene().getWindow());
            ask.setTitle("Merge tags");
            ask.setHeaderText("Merge \u201c" + t.name() + "\u201d into:");
            ask.showAndWait().ifPresent(target -> model.rename(t.name(), target));
        }));
        recolor.setOnAction(e -> selected(table).ifPresent(t -> {
            var keys = new java.util.ArrayList<String>();
            keys.add("none");
            HighlightColor.palette().forEach(c -> keys.add(c.key()));
            ChoiceDialog<String> ask = new ChoiceDialog<>(t.color() == null ? "none" : t.color(), keys);
            ask.initOwner(table.getScene().getWindow());
            ask.setTitle("Tag colour");
            ask.setHeaderText("Colour for \u201c" + t.name() + "\u201d:");
            ask.showAndWait().ifPresent(c -> model.recolor(t.name(), c.equals("none") ? null : c));
        }));
        delete.setOnAction(e -> selected(table).ifPresent(t -> {
            Alert confirm = new Alert(Alert.AlertType.CONFIRMATION,
                    "Remove \u201c" + t.name() + "\u201d from " + t.count() + " annotation(s)? The annotations stay.",
                    ButtonType.OK, ButtonType.CANCEL);
            confirm.initOwner(table.getScene().getWindow());
            confirm.setHeaderText("Delete tag");
            confirm.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> model.delete(t.name()));
        }));

        VBox actions = new VBox(6, rename, merge, recolor, delete);
        Dialog<Void> dialog = new Dialog<>();
        if (openMemo != null) {
            Button memo = new Button("Memo\u2026");
            memo.setId("tag-memo");
            memo.setTooltip(new javafx.scene.control.Tooltip("Write or read the memo about this code"));
            memo.setMaxWidth(Double.MAX_VALUE);
            memo.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
            // the dialog closes first: the memo window is a window of its own, beside the main one
            memo.setOnAction(e -> selected(table).ifPresent(t -> {
                dialog.close();
                openMemo.accept(t.name());
            }));
            actions.getChildren().add(memo);
        }
        actions.setPadding(new Insets(0, 0, 0, 10));
        BorderPane content = new BorderPane(table, null, actions, null, null);
        content.setPrefSize(560, 380);

        dialog.initOwner(owner);
        dialog.setTitle("Tags");
        dialog.setHeaderText("Tags in this library");
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.setResizable(true);
        dialog.show();
    }

    private static Optional<TagCount> selected(TableView<TagCount> table) {
        return Optional.ofNullable(table.getSelectionModel().getSelectedItem());
    }
}
