package org.glossa.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/** Menu items as the window's menus and context menus make them. */
public final class MenuItems {
    private MenuItems() {
    }

    /** An item that runs {@code action}; {@code accelerator} may be null. */
    public static MenuItem item(String text, KeyCombination accelerator, Runnable action) {
        MenuItem mi = new MenuItem(text);
        if (accelerator != null) {
            mi.setAccelerator(accelerator);
        }
        mi.setOnAction(e -> action.run());
        return mi;
    }

    /** {@code mi}, greyed out while {@code enabled} is false. */
    public static MenuItem bindDisabled(MenuItem mi, ObservableBooleanValue enabled) {
        mi.disableProperty().bind(Bindings.not(enabled));
        return mi;
    }

    /** Ctrl (Cmd on a Mac) with {@code code}. */
    public static KeyCombination shortcut(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN);
    }

    /** Ctrl (Cmd on a Mac) and Shift with {@code code}. */
    public static KeyCombination shortcutShift(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    }
}
