package org.glossa.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.glossa.core.search.SearchHit;
import org.glossa.model.DocumentInfo;
import org.junit.jupiter.api.Test;

/** The window's lists show every item that fits, each once, without scrolling or keys to wake them. */
class ListsInTheWindowTest extends WindowFixture {
    private void importFour() throws Exception {
        List<java.io.File> files = new ArrayList<>();
        for (String animal : List.of("Zebra", "Okapi", "Gnu", "Tapir")) {
            Path file = dir.resolve(animal.toLowerCase(java.util.Locale.ROOT) + ".txt");
            Files.writeString(file, animal + " sightings near the river\n\nA " + animal
                    + " crossed the river at dawn.\n\nLater another river bend hid the " + animal + ".\n");
            files.add(file.toFile());
        }
        interact(() -> window().importFiles(files));
        waitUntil(() -> onFx(() -> window().documents().documents().size()) == 5);
    }

    @Test
    void afterARestartTheLibrarySidebarShowsAllFiveDocuments() throws Exception {
        startApp();
        importFour();
        restartApp();
        ListView<DocumentInfo> list = lookup("#document-list").queryListView();
        waitUntil(() -> onFx(() -> list.getItems().size()) == 5);
        settle(list, 5);
        assertThat(onFx(() -> shownItems(list))).doesNotHaveDuplicates();
    }

    @Test
    void everySearchHitThatFitsIsShownOnceWithoutScrolling() throws Exception {
        startApp();
        importFour();
        push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.F);
        waitUntil(() -> lookup("#search-query").query().isFocused());
        write("river");
        ListView<SearchHit> results = lookup("#search-results").queryListView();
        waitUntil(() -> onFx(() -> results.getItems().size()) >= 4);
        int hits = onFx(() -> results.getItems().size());
        // rows differ in height (a snippet may wrap), so at least as many as the tallest row allows
        // measured with the shown rows, once they are laid out at their own heights
        try {
            waitUntil(() -> onFx(() -> shownItems(results).size() >= Math.min(hits, fitting(results))));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("expected " + onFx(() -> Math.min(hits, fitting(results)))
                    + " rows or more; cells: " + onFx(() -> describe(results)), e);
        }
        assertThat(onFx(() -> shownItems(results))).doesNotHaveDuplicates().hasSizeGreaterThanOrEqualTo(4);
    }

    /** Waits until {@code expected} rows show; else fails saying what the list's cells were. */
    private static void settle(ListView<?> list, int expected) throws Exception {
        try {
            waitUntil(() -> onFx(() -> shownItems(list)).size() == expected);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("expected " + expected + " rows; cells: " + onFx(() -> describe(list)), e);
        }
    }

    private static String describe(ListView<?> list) {
        StringBuilder out = new StringBuilder("list h=" + list.getHeight() + " ");
        Bounds view = list.localToScene(list.getBoundsInLocal());
        out.append(view).append('\n');
        for (javafx.scene.Node n : list.lookupAll(".list-cell")) {
            if (n instanceof ListCell<?> c) {
                out.append(c.getIndex()).append(' ').append(c.isVisible()).append(' ').append(c.isEmpty())
                        .append(' ').append(c.getItem()).append(' ').append(c.localToScene(c.getBoundsInLocal()))
                        .append(" g=").append(c.getGraphic() == null ? null : c.getGraphic().isVisible())
                        .append('\n');
            }
        }
        return out.toString();
    }

    /** The items of the cells one can see inside the list's bounds. */
    static <T> List<T> shownItems(ListView<T> list) {
        Bounds view = list.localToScene(list.getBoundsInLocal());
        List<T> shown = new ArrayList<>();
        for (javafx.scene.Node n : list.lookupAll(".list-cell")) {
            if (n instanceof ListCell<?> cell && cell.isVisible() && cell.getItem() != null && !cell.isEmpty()
                    && cell.getListView() == list) {
                Bounds b = cell.localToScene(cell.getBoundsInLocal());
                if (b.getHeight() > 0 && b.getMinY() >= view.getMinY() - 1 && b.getMaxY() <= view.getMaxY() + 1
                        && cell.getGraphic() != null && cell.getGraphic().isVisible()) {
                    @SuppressWarnings("unchecked")
                    T item = (T) cell.getItem();
                    shown.add(item);
                }
            }
        }
        return shown;
    }

    /** How many cells of the first one's height fit in the list. */
    /** How many rows fit at the least: the list's height over its tallest row's. */
    private static int fitting(ListView<?> list) {
        double cell = list.lookupAll(".list-cell").stream().filter(n -> n instanceof ListCell<?> c
                && c.getItem() != null && c.isVisible()).mapToDouble(n -> n.getBoundsInLocal().getHeight())
                .max().orElse(1.0);
        return (int) Math.floor(list.getHeight() / cell);
    }
}
