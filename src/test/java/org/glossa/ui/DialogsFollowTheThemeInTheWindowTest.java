package org.glossa.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;

/**
 * Dialogs and tool windows wear the chosen theme: Keyboard shortcuts (F1) and Preferences open
 * dark on the dark theme, and an open Library window turns sepia when the theme is changed.
 */
class DialogsFollowTheThemeInTheWindowTest extends WindowFixture {
    @Test
    void dialogsOpenInTheThemeAndAnOpenToolWindowFollowsAChange() throws Exception {
        startApp();
        clickMenu("View");
        clickMenu("Theme");
        clickMenu("Dark");
        waitUntil(() -> onFx(() -> reader().getScene().getRoot().getStyleClass().contains("theme-dark")));

        clickOn("#reader");
        type(KeyCode.F1);
        waitUntil(() -> lookup("#shortcut-list").tryQuery().isPresent());
        Parent help = onFx(() -> lookup("#shortcut-list").query().getScene().getRoot());
        assertThat(onFx(() -> help.getStyleClass())).contains("theme-dark");
        assertThat(luminance(background(help))).as("the dialog's background on the dark theme").isLessThan(0.3);
        type(KeyCode.ESCAPE);
        waitUntil(() -> lookup("#shortcut-list").tryQuery().isEmpty());

        clickOn("#reader");
        press(KeyCode.CONTROL).type(KeyCode.COMMA).release(KeyCode.CONTROL);
        waitUntil(() -> lookup("#pref-font").tryQuery().isPresent());
        Parent prefs = onFx(() -> lookup("#pref-font").query().getScene().getRoot());
        assertThat(luminance(background(prefs))).as("Preferences on the dark theme").isLessThan(0.3);
        type(KeyCode.ESCAPE);
        waitUntil(() -> lookup("#pref-font").tryQuery().isEmpty());

        push(KeyCode.CONTROL, KeyCode.L);
        waitUntil(() -> lookup("#library-table").tryQuery().isPresent());
        Stage library = onFx(() -> window().tools().libraryWindow().stage());
        assertThat(onFx(() -> library.getScene().getRoot().getStyleClass())).contains("theme-dark");
        // the theme changed from the main window's menu while the library window stays open
        interact(() -> ((Stage) reader().getScene().getWindow()).toFront());
        clickMenu("View");
        clickMenu("Theme");
        clickMenu("Sepia");
        waitUntil(() -> onFx(() -> library.isShowing()
                && library.getScene().getRoot().getStyleClass().contains("theme-sepia")
                && !library.getScene().getRoot().getStyleClass().contains("theme-dark")));
    }

    /** The colour a window's root paints behind its content (its own, else its first child's that has one). */
    private static Color background(Parent root) {
        return onFx(() -> {
            root.applyCss();
            for (Node n = root; n != null; n = n instanceof Parent p && !p.getChildrenUnmodifiable().isEmpty()
                    ? p.getChildrenUnmodifiable().get(0) : null) {
                if (n instanceof Region r && r.getBackground() != null && !r.getBackground().getFills().isEmpty()
                        && r.getBackground().getFills().get(0).getFill() instanceof Color c && c.getOpacity() > 0.9) {
                    return c;
                }
            }
            throw new AssertionError("no background on " + root);
        });
    }

    private static double luminance(Color c) {
        return 0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue();
    }
}
