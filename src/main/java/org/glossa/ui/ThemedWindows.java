package org.glossa.ui;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * Every other window Glossa opens (dialogs, prompts, the library, claims and tool windows) wears
 * the main window's style sheets and theme, and follows it when the theme changes while it is open.
 * Popups (menus, tooltips, lists) are left alone: they take their styles from the control they belong to.
 */
final class ThemedWindows {
    private static final String THEME = "theme-";

    private ThemedWindows() {
    }

    /** Dresses the windows that open while {@code stage} (the main window) is shown. */
    static void follow(Stage stage) {
        Scene main = stage.getScene();
        ListChangeListener<Window> opened = c -> {
            while (c.next()) {
                c.getAddedSubList().forEach(w -> dress(main, w));
            }
        };
        ListChangeListener<String> themed = c -> List.copyOf(Window.getWindows()).forEach(w -> dress(main, w));
        Window.getWindows().addListener(opened);
        main.getRoot().getStyleClass().addListener(themed);
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> {
            Window.getWindows().removeListener(opened);
            main.getRoot().getStyleClass().removeListener(themed);
        });
    }

    private static void dress(Scene main, Window w) {
        Scene scene = w.getScene();
        if (w instanceof PopupWindow || scene == null || scene == main || scene.getRoot() == null) {
            return;
        }
        main.getStylesheets().stream().filter(s -> !scene.getStylesheets().contains(s)).forEach(scene.getStylesheets()::add);
        List<String> classes = scene.getRoot().getStyleClass();
        List<String> theme = main.getRoot().getStyleClass().stream().filter(k -> k.startsWith(THEME)).toList();
        if (!classes.stream().filter(k -> k.startsWith(THEME)).toList().equals(theme)) {
            classes.removeIf(k -> k.startsWith(THEME));
            classes.addAll(theme);
        }
    }
}
