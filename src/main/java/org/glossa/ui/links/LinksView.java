package org.glossa.ui.links;

import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
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
    /** One row per link, as tall as its text: a handful per annotation, so no list of its own to scroll. */
    private final VBox list = new VBox(2);
    private final VBox root;

    /** {@code go} shows the other end of a link in the reader. */
    public LinksView(LinksViewModel model, Consumer<AnnotationLink> go, java.util.function.Supplier<Window> owner) {
        this.model = model;
        list.setId("link-list");
        list.setAccessibleText("Links of this annotation");
        // no room taken from the annotation list while there is nothing to show
        list.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(model.links()));
        list.managedProperty().bind(list.visibleProperty());
        model.links().addListener((javafx.collections.ListChangeListener<AnnotationLink>) c ->
                list.getChildren().setAll(model.links().stream().map(l -> row(l, go)).toList()));

        Button linkTo = new Button("Link to\u2026");
        linkTo.setId("link-to");
        org.glossa.ui.Tips.on(linkTo, "Link this annotation to another one: supports, contradicts or related");
        linkTo.setOnAction(e -> LinkChooser.show(owner.get(), model));
        Label title = new Label("Links");
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

    /** A link: what it says and the other quote (double-click or Enter goes there), and a × that removes it. */
    private HBox row(AnnotationLink l, Consumer<AnnotationLink> go) {
        Label text = new Label(LinksViewModel.describe(l) + ": \u201c" + l.otherQuote() + "\u201d");
        text.getStyleClass().add("link-text");
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        text.setMaxWidth(Double.MAX_VALUE);
        org.glossa.ui.Tips.on(text, l.otherDocumentTitle() + " \u2014 double-click to go there");
        HBox.setHgrow(text, Priority.ALWAYS);
        Button remove = new Button("\u00d7");
        remove.getStyleClass().add("unlink");
        org.glossa.ui.Tips.on(remove, "Remove this link");
        remove.setAccessibleText("Remove link to \u201c" + l.otherQuote() + "\u201d");
        remove.setOnAction(e -> model.unlink(l));
        HBox row = new HBox(4, text, remove);
        row.getStyleClass().add("link-row");
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        row.setFocusTraversable(true);
        row.setOnMouseClicked(e -> {
            row.requestFocus();
            if (e.getClickCount() == 2) {
                go.accept(l);
            }
        });
        row.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                go.accept(l);
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE) {
                model.unlink(l);
                e.consume();
            }
        });
        MenuItem goThere = new MenuItem("Go to the other annotation");
        goThere.setOnAction(e -> go.accept(l));
        MenuItem unlink = new MenuItem("Remove link");
        unlink.setOnAction(e -> model.unlink(l));
        ContextMenu menu = new ContextMenu(goThere, unlink);
        row.setOnContextMenuRequested(e -> menu.show(row, e.getScreenX(), e.getScreenY()));
        return row;
    }
}
