package org.glossa.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import org.junit.jupiter.api.Test;

/** Help > Keyboard shortcuts lists every key the window binds, and the second keys work. */
class ShortcutsInTheWindowTest extends WindowFixture {
    @Test
    void f1ListsEveryShortcutGroupedInABoxTallEnoughToRead() throws Exception {
        startApp();
        clickOn("#reader");
        type(KeyCode.F1);
        waitUntil(() -> lookup("#shortcut-list").tryQuery().isPresent());
        GridPane grid = lookup("#shortcut-list").query();

        List<String> keys = onFx(() -> texts(grid, "shortcut-keys"));
        List<String> groups = onFx(() -> texts(grid, "shortcut-group"));
        assertThat(groups).contains("Reading pane", "Windows and panels", "File", "Edit", "Annotations", "View",
                "Library", "Help");
        for (String expected : List.of("Ctrl+F", "F3", "Shift+F3", "Ctrl+E", "Ctrl+Shift+V", "Ctrl+,", "Ctrl+O",
                "Ctrl+L", "Ctrl+Shift+F", "Ctrl+Shift+C", "Ctrl+Shift+T", "F1", "F11", "Delete", "N", "T", "Ctrl+G",
                "Ctrl+D")) {
            assertThat(keys).as("keys listed").anySatisfy(k -> assertThat(k).contains(expected));
        }
        assertThat(keys).anySatisfy(k -> assertThat(k).contains("Ctrl+Shift+Z").contains("Ctrl+Y"));
        // the list shows many rows at once, not one line in a one-row box
        ScrollPane scroll = (ScrollPane) onFx(() -> grid.getParent().getParent().getParent());
        double rowHeight = onFx(() -> grid.getChildren().stream().filter(n -> n instanceof Label).findFirst()
                .orElseThrow().getBoundsInLocal().getHeight());
        assertThat(onFx(() -> scroll.getViewportBounds().getHeight())).isGreaterThan(15 * rowHeight);
    }

    @Test
    void ctrlYRedoesInTheReaderAndElsewhereInTheWindow() throws Exception {
        startApp();
        highlightQuote("other friend", "yellow");
        clickOn("#reader");
        press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitUntil(() -> shownAnnotations().isEmpty());
        press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
        waitUntil(() -> shownAnnotations().size() == 1);

        interact(() -> window().annotations().undo());
        waitUntil(() -> shownAnnotations().isEmpty());
        clickOn("#annotation-list");
        press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
        waitUntil(() -> shownAnnotations().size() == 1);
    }

    private static List<String> texts(GridPane grid, String styleClass) {
        return grid.getChildren().stream().filter(n -> n.getStyleClass().contains(styleClass))
                .map(n -> ((Label) n).getText()).toList();
    }

}
