package org.glossa.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;

/**
 * The selected row of a focused list stays legible in every theme: each line of it (quote, note,
 * tag chips, date and colour meaning, document title and details) stands out from what it is
 * drawn on by at least the 4.5:1 contrast that WCAG asks of normal text.
 */
class SelectedRowContrastInTheWindowTest extends WindowFixture {
    private static final double LEAST = 4.5;

    @Test
    void everyLineOfTheSelectedRowIsLegibleWhileItsListHasFocusInEveryTheme() throws Exception {
        startApp();
        var a = highlightQuote("Moscow, however, is in no hurry", "green");
        interact(() -> window().annotations().setNote(a, "Patience is **key**"));
        interact(() -> window().annotations().setTags(shownAnnotations().get(0), List.of("claim/diplomacy", "evidence")));
        waitUntil(() -> !shownAnnotations().get(0).tags().isEmpty() && !shownAnnotations().get(0).note().isEmpty());

        for (String theme : List.of("Light", "Sepia", "Dark", "High contrast")) {
            clickMenu("View");
            clickMenu("Theme");
            clickMenu(theme);
            String styleClass = "theme-" + theme.toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
            waitUntil(() -> onFx(() -> reader().getScene().getRoot().getStyleClass().contains(styleClass)));

            clickAnnotationRow(a.quote().exact());
            ListView<?> annotations = lookup("#annotation-list").queryListView();
            waitUntil(() -> onFx(annotations::isFocused) && selectedCell(annotations) != null);
            assertLegible(theme + ", annotations", selectedCell(annotations), 4);

            ListView<?> documents = lookup(".library .list-view").queryListView();
            clickOn(onFx(() -> selectedCell(documents)));
            waitUntil(() -> onFx(documents::isFocused) && selectedCell(documents) != null);
            assertLegible(theme + ", library", selectedCell(documents), 2);
        }
    }

    private void assertLegible(String where, ListCell<?> cell, int leastLines) {
        List<String> lines = onFx(() -> {
            cell.applyCss();
            List<String> found = new ArrayList<>();
            for (Text t : texts(cell)) {
                Color ink = (Color) t.getFill();
                Color paper = backgroundBehind(t);
                found.add(String.format(java.util.Locale.ROOT, "%.2f %s", contrast(ink, paper), t.getText()));
            }
            return found;
        });
        assertThat(lines).as(where + ": the lines shown").hasSizeGreaterThanOrEqualTo(leastLines);
        assertThat(lines).as(where + ": contrast of each line on the selected row")
                .allSatisfy(line -> assertThat(Double.parseDouble(line.substring(0, line.indexOf(' '))))
                        .as(line).isGreaterThanOrEqualTo(LEAST));
    }

    private static ListCell<?> selectedCell(ListView<?> list) {
        return onFx(() -> list.lookupAll(".list-cell").stream()
                .filter(n -> n instanceof ListCell<?> c && c.isSelected() && c.getItem() != null && c.isVisible())
                .map(n -> (ListCell<?>) n).findFirst().orElse(null));
    }

    private static List<Text> texts(Node node) {
        List<Text> out = new ArrayList<>();
        if (node instanceof Text t && node.isVisible() && !t.getText().isBlank()) {
            out.add(t);
        }
        if (node instanceof Parent p && node.isVisible()) {
            p.getChildrenUnmodifiable().forEach(child -> out.addAll(texts(child)));
        }
        return out;
    }

    /** The colour of the nearest painted background behind {@code node}: its own region's, else an ancestor's. */
    private static Color backgroundBehind(Node node) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof Region r && r.getBackground() != null && !r.getBackground().getFills().isEmpty()) {
                List<BackgroundFill> fills = r.getBackground().getFills();
                if (fills.get(fills.size() - 1).getFill() instanceof Color c && c.getOpacity() > 0.9) {
                    return c;
                }
            }
        }
        throw new AssertionError("no background behind " + node);
    }

    /** WCAG 2 contrast ratio of two colours. */
    private static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * channel(c.getRed()) + 0.7152 * channel(c.getGreen()) + 0.0722 * channel(c.getBlue());
    }

    private static double channel(double v) {
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
}
