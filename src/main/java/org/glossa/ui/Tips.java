package org.glossa.ui;

import java.util.function.Supplier;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * Tooltips made when the pointer first comes over their control, not with the window: each
 * tooltip is a popup window of its own, and the window's first frame would otherwise wait for
 * a score of them. The text is read again on every hover, so it follows what it describes
 * (a colour's codebook meaning, say); screen readers get it at once as the control's help.
 */
public final class Tips {
    private Tips() {
    }

    /** Gives {@code control} a tooltip with this text. */
    public static void on(Control control, String text) {
        on(control, () -> text);
        control.setAccessibleHelp(text);
    }

    /** Gives {@code control} a tooltip whose text is {@code text}'s when the pointer comes over it. */
    public static void on(Control control, Supplier<String> text) {
        control.addEventHandler(MouseEvent.MOUSE_ENTERED, e -> {
            Tooltip tip = control.getTooltip();
            if (tip == null) {
                tip = new Tooltip();
                control.setTooltip(tip);
            }
            tip.setText(text.get());
        });
    }
}
