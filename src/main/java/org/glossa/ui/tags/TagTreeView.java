package org.glossa.ui.tags;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import org.glossa.core.organize.TagHierarchy;

/**
 * The tag tree of the Tags dialog: each level with its rolled-up count; a tag dragged onto another
 * moves under it, onto the empty area to the top level. What the reader collapsed stays collapsed
 * across refreshes.
 */
final class TagTreeView {
    /** The choice in "Move to…" that means the top level. */
    static final String TOP_LEVEL = "(top level)";

    private TagTreeView() {
    }

    static TreeTableView<TagNode> create(TagsViewModel model) {
        TreeItem<TagNode> root = new TreeItem<>();
        TreeTableView<TagNode> table = new TreeTableView<>(root);
        table.setId("tag-table");
        table.setShowRoot(false);
        table.setPlaceholder(new Label("No tags yet."));
        TreeTableColumn<TagNode, String> name = new TreeTableColumn<>("Tag");
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().getValue().segment()));
        name.setPrefWidth(210);
        TreeTableColumn<TagNode, Integer> count = new TreeTableColumn<>("Annotations");
        count.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().getValue().count()));
        count.setMinWidth(100);
        TreeTableColumn<TagNode, String> color = new TreeTableColumn<>("Colour");
        color.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                c.getValue().getValue().color() == null ? "" : c.getValue().getValue().color()));
        table.getColumns().setAll(List.of(name, count, color));
        table.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        Set<String> collapsed = new HashSet<>();
        model.tree().addListener((ListChangeListener<TagNode>) change -> {
            String chosen = selectedName(table);
            root.getChildren().setAll(items(model.tree(), collapsed));
            select(table, root, chosen);
        });
        root.getChildren().setAll(items(model.tree(), collapsed));


        table.setRowFactory(t -> {
            TreeTableRow<TagNode> row = new TreeTableRow<>();
            row.setOnDragDetected(e -> {
                if (row.getItem() != null) {
                    Dragboard board = row.startDragAndDrop(TransferMode.MOVE);
                    ClipboardContent content = new ClipboardContent();
                    content.putString(row.getItem().name());
                    board.setContent(content);
                    e.consume();
                }
            });
            return row;
        });
        table.setOnDragOver(e -> {
            String dragged = dragged(e);
            if (dragged != null && canMove(dragged, target(e))) {
                e.acceptTransferModes(TransferMode.MOVE);
            }
            e.consume();
        });
        table.setOnDragDropped(e -> {
            String dragged = dragged(e);
            String target = target(e);
            boolean moved = dragged != null && canMove(dragged, target);
            if (moved) {
                model.reparent(dragged, target);
            }
            e.setDropCompleted(moved);
            e.consume();
        });
        return table;
    }

    /** Asks where {@code tag} should go (any other level, or the top level) and moves it there. */
    static void askWhereToMove(TreeTableView<TagNode> table, TagsViewModel model, TagNode tag) {
        List<String> places = new ArrayList<>();
        places.add(TOP_LEVEL);
        collect(model.tree(), places);
        places.removeIf(p -> p != TOP_LEVEL && !canMove(tag.name(), p));
        ChoiceDialog<String> ask = new ChoiceDialog<>(TOP_LEVEL, places);
        ask.initOwner(table.getScene().getWindow());
        ask.setTitle("Move tag");
        ask.setHeaderText("Move \u201c" + tag.name() + "\u201d, with the tags under it, under:");
        ask.showAndWait().ifPresent(p -> model.reparent(tag.name(), p.equals(TOP_LEVEL) ? "" : p));
    }

    private static boolean canMove(String tag, String parent) {
        return !TagHierarchy.isWithin(parent, tag) && !TagHierarchy.parent(tag).equalsIgnoreCase(parent);
    }

    private static void collect(List<TagNode> nodes, List<String> into) {
        for (TagNode n : nodes) {
            into.add(n.name());
            collect(n.children(), into);
        }
    }

    private static String dragged(DragEvent e) {
        return e.getDragboard().hasString() ? e.getDragboard().getString() : null;
    }

    /** The tag under the pointer, or an empty string over the empty area (the top level). */
    private static String target(DragEvent e) {
        for (Node n = e.getPickResult().getIntersectedNode(); n != null; n = n.getParent()) {
            if (n instanceof TreeTableRow<?> row) {
                return row.getItem() instanceof TagNode tag ? tag.name() : "";
            }
        }
        return "";
    }

    private static List<TreeItem<TagNode>> items(List<TagNode> nodes, Set<String> collapsed) {
        List<TreeItem<TagNode>> out = new ArrayList<>();
        for (TagNode n : nodes) {
            TreeItem<TagNode> item = new TreeItem<>(n);
            item.getChildren().setAll(items(n.children(), collapsed));
            String key = n.name().toLowerCase(Locale.ROOT);
            item.setExpanded(!collapsed.contains(key));
            item.expandedProperty().addListener((o, was, now) -> {
                if (now) {
                    collapsed.remove(key);
                } else {
                    collapsed.add(key);
                }
            });
            out.add(item);
        }
        return out;
    }

    private static String selectedName(TreeTableView<TagNode> table) {
        TreeItem<TagNode> item = table.getSelectionModel().getSelectedItem();
        return item == null || item.getValue() == null ? null : item.getValue().name();
    }

    private static void select(TreeTableView<TagNode> table, TreeItem<TagNode> root, String name) {
        if (name == null) {
            return;
        }
        for (TreeItem<TagNode> item : root.getChildren()) {
            if (item.getValue().name().equalsIgnoreCase(name)) {
                table.getSelectionModel().select(item);
                return;
            }
            select(table, item, name);
        }
    }
}
