package org.glossa.ui.tags;

import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Dialog;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.glossa.model.HighlightColor;

/** Tag manager: the tag tree with counts rolled up; rename, move (or drag) under another, merge, recolour, delete. */
public final class TagManagerDialog {
    private TagManagerDialog() {
    }

    public static void show(Window owner, TagsViewModel model) {
        show(owner, model, null);
    }

    /** As {@link #show(Window, TagsViewModel)}, with a Memo… button that opens the chosen tag's memo. */
    public static void show(Window owner, TagsViewModel model, java.util.function.Consumer<String> openMemo) {
        model.refresh();
        TreeTableView<TagNode> table = TagTreeView.create(model);

        Button rename = new Button("Rename\u2026");
        rename.setId("tag-rename");
        Button merge = new Button("Merge into\u2026");
        merge.setId("tag-merge");
        Button recolor = new Button("Colour\u2026");
        recolor.setId("tag-color");
        Button delete = new Button("Delete");
        delete.setId("tag-delete");
        Button move = new Button("Move to\u2026");
        move.setId("tag-move");
        move.setTooltip(new javafx.scene.control.Tooltip("Put this tag, with the tags under it, under another (or drag it there)"));
        var none = table.getSelectionModel().selectedItemProperty().isNull();
        var onlyAPrefix = javafx.beans.binding.Bindings.createBooleanBinding(
                () -> selected(table).map(t -> !t.tagged()).orElse(true), table.getSelectionModel().selectedItemProperty());
        for (Button b : new Button[] {rename, move, merge, recolor, delete}) {
            b.setMaxWidth(Double.MAX_VALUE);
            b.disableProperty().bind(b == recolor || b == delete ? onlyAPrefix : none);
        }
        move.setOnAction(e -> selected(table).ifPresent(t -> TagTreeView.askWhereToMove(table, model, t)));
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
                    "Remove \u201c" + t.name() + "\u201d from its annotations? The annotations and the tags under it stay.",
                    ButtonType.OK, ButtonType.CANCEL);
            confirm.initOwner(table.getScene().getWindow());
            confirm.setHeaderText("Delete tag");
            confirm.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> model.delete(t.name()));
        }));

        VBox actions = new VBox(6, rename, move, merge, recolor, delete);
        Dialog<Void> dialog = new Dialog<>();
        if (openMemo != null) {
            Button memo = new Button("Memo\u2026");
            memo.setId("tag-memo");
            memo.setTooltip(new javafx.scene.control.Tooltip("Write or read the memo about this code"));
            memo.setMaxWidth(Double.MAX_VALUE);
            memo.disableProperty().bind(onlyAPrefix);
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

    private static Optional<TagNode> selected(TreeTableView<TagNode> table) {
        return Optional.ofNullable(table.getSelectionModel().getSelectedItem()).map(TreeItem::getValue);
    }
}
