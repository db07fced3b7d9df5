package org.glossa.ui.links;

import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.glossa.core.organize.AnnotationLink;

/**
 * The "Links" section of the annotation editor: what the selected annotation supports,
 * contradicts or relates to (and what points at it), each with the other quote; a click goes
 * there; "Link to…" picks another annotation from anywhere in the library.
 */
public final class LinksView {
    private final LinksViewModel model;
    private final ListView<AnnotationLink> list = new ListView<>();
    private final VBox root;

    /** {@code go} shows the other end of a link in the reader. */
    public LinksView(LinksViewModel model, Consumer<AnnotationLink> go, java.util.function.Supplier<Window> owner) {
        this.model = model;
        list.setId("link-list");
        list.setItems(model.links());
        list.setAccessibleText("Links of this annotation");
        list.setPrefHeight(90);
        // no room taken from the annotation list while there is nothing to show
        list.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(model.links()));
        list.managedProperty().bind(list.visibleProperty());
        list.setPlaceholder(new Label("No links."));
        list.setCellFactory(v -> new LinkCell());
        list.setOnMouseClicked(e -> {
            AnnotationLink l = list.getSelectionModel().getSelectedItem();
            if (l != null && e.getClickCount() == 2) {
                go.accept(l);
            }
        });
        list.setOnKeyPressed(e -> {
            AnnotationLink l = list.getSelectionModel().getSelectedItem();
            if (l != null && e.getCode() == KeyCode.ENTER) {
                go.accept(l);
            } else if (l != null && e.getCode() == KeyCode.DELETE) {
                model.unlink(l);
                e.consume();
            }
        });
        MenuItem goThere = new MenuItem("Go to the other annotation");
        goThere.setOnAction(e -> selected(go));
        MenuItem remove = new MenuItem("Remove link");
        remove.setOnAction(e -> selected(model::unlink));
        list.setContextMenu(new ContextMenu(goThere, remove));

        Button linkTo = new Button("Link to\u2026");
        linkTo.setId("link-to");
        linkTo.setTooltip(new Tooltip("Link this annotation to another one: supports, contradicts or related"));
        linkTo.setOnAction(e -> LinkChooser.show(owner.get(), model));
        Label title = new Label("Links");
        title.setLabelFor(list);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox head = new HBox(6, title, spacer, linkTo);
        head.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        root = new VBox(4, head, list);
        root.getStyleClass().add("links-section");
    }

    public VBox node() {
        return root;
    }

    private void selected(Consumer<AnnotationLink> action) {
        AnnotationLink l = list.getSelectionModel().getSelectedItem();
        if (l != null) {
            action.accept(l);
        }
    }

    private static final class LinkCell extends ListCell<AnnotationLink> {
        LinkCell() {
            setPrefWidth(0);
            setWrapText(true);
        }

        @Override
        protected void updateItem(AnnotationLink l, boolean empty) {
            super.updateItem(l, empty);
            if (empty || l == null) {
                setText(null);
                setTooltip(null);
                return;
            }
            setText(LinksViewModel.describe(l) + ": \u201c" + l.otherQuote() + "\u201d");
            setTooltip(new Tooltip(l.otherDocumentTitle() + " \u2014 double-click to go there, Delete to remove"));
        }
    }
}
