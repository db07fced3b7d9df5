package org.glossa.ui.reader;

import java.util.function.Consumer;
import javafx.geometry.Bounds;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import org.controlsfx.control.PopOver;
import org.glossa.model.HighlightColor;

/**
 * The small bar that appears next to a fresh selection: colours, note, tag, copy. Keys typed
 * while it shows go to the same actions as in the reader (1-8, N, T), Escape closes it.
 */
public final class SelectionPopover {
    /** What the popover's buttons do. */
    public interface Actions {
        void highlight(String color);

        void note();

        void tag();

        void copy();
    }

    private final PopOver popOver = new PopOver();
    private final ReaderView reader;

    public SelectionPopover(ReaderView reader, Actions actions, Consumer<KeyEvent> keys,
                            java.util.function.Function<HighlightColor, String> colorName) {
        this.reader = reader;
        HBox bar = new HBox();
        bar.getStyleClass().add("selection-popover");
        for (HighlightColor c : HighlightColor.palette()) {
            Button b = new Button();
            b.setId("popover-" + c.key());
            b.getStyleClass().addAll("color-button", "swatch-" + c.key());
            String name = colorName.apply(c);
            b.setTooltip(new Tooltip(name + " (" + (c.ordinal() + 1) + ")"));
            b.setAccessibleText("Highlight " + name);
            b.setOnAction(e -> {
                hide();
                actions.highlight(c.key());
            });
            bar.getChildren().add(b);
        }
        bar.getChildren().addAll(
                button("popover-note", "Note", "Add a note (N)", () -> actions.note()),
                button("popover-tag", "Tag", "Add a tag (T)", () -> actions.tag()),
                button("popover-copy", "Copy", "Copy the text", () -> actions.copy()));
        popOver.setContentNode(bar);
        popOver.setArrowLocation(PopOver.ArrowLocation.TOP_CENTER);
        popOver.setDetachable(false);
        popOver.setAutoHide(true);
        // a click elsewhere both closes the bar and does what it was meant to do
        popOver.setConsumeAutoHidingEvents(false);
        popOver.setHideOnEscape(true);
        popOver.setAnimated(false);
        bar.addEventFilter(KeyEvent.KEY_TYPED, keys::accept);
        popOver.addEventFilter(KeyEvent.KEY_TYPED, keys::accept);
    }

    private Button button(String id, String text, String tip, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> {
            hide();
            action.run();
        });
        return b;
    }

    /** Shows the bar under the end of the current selection (if it has a place on screen). */
    public void showForSelection() {
        var sel = reader.selection();
        if (sel.getLength() == 0) {
            hide();
            return;
        }
        reader.area().getCharacterBoundsOnScreen(sel.getEnd() - 1, sel.getEnd()).ifPresent(this::showAt);
    }

    private void showAt(Bounds b) {
        popOver.show(reader.area(), b.getCenterX(), b.getMaxY() + 4);
    }

    public void hide() {
        if (popOver.isShowing()) {
            popOver.hide(javafx.util.Duration.ZERO);
        }
    }

    public boolean isShowing() {
        return popOver.isShowing();
    }
}
