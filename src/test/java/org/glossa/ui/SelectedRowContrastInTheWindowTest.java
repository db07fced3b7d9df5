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
 * drawn on by at least the 4.5:1 contrast that WCAG asks of normal text. The side lists take the
 * theme's colours (no white rows in sepia), and a highlight keeps its text legible, dimmed on
 * the dark page.
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

            if (!theme.equals("Light")) {
                // the side lists take the theme's colours, not white rows (empty rows below included)
                for (ListView<?> list : List.of(annotations, documents)) {
                    List<Color> rows = onFx(() -> list.lookupAll(".list-cell").stream()
                            .filter(n -> n.isVisible() && n instanceof Region r && r.getBackground() != null)
                            .map(n -> lastFill((Region) n)).filter(c -> c != null).toList());
                    assertThat(rows).as(theme + ": rows of " + list.getId()).isNotEmpty()
                            .noneMatch(c -> c.getBrightness() > 0.97 && c.getSaturation() < 0.03);
                }
            }
            assertHighlightLegible(theme);
        }
    }

    /** The highlight's text stands out from its colour, and the colour from the page; on a dark page it is dimmed. */
    private void assertHighlightLegible(String theme) {
        double[] figures = onFx(() -> {
            org.fxmisc.richtext.TextExt t = reader().lookupAll(".text").stream()
                    .filter(n -> n instanceof org.fxmisc.richtext.TextExt x && x.getStyleClass().contains("hl-green"))
                    .map(n -> (org.fxmisc.richtext.TextExt) n).findFirst().orElseThrow();
            Color ink = (Color) t.getFill();
            Color mark = (Color) t.getBackgroundColor();
            Color page = lastFill(reader());
            double apart = Math.sqrt(Math.pow(mark.getRed() - page.getRed(), 2)
                    + Math.pow(mark.getGreen() - page.getGreen(), 2) + Math.pow(mark.getBlue() - page.getBlue(), 2));
            return new double[] {contrast(ink, mark), apart, luminance(mark)};
        });
        assertThat(figures[0]).as(theme + ": text on the highlight").isGreaterThanOrEqualTo(LEAST);
        assertThat(figures[1]).as(theme + ": the highlight's colour apart from the page's (RGB distance)")
                .isGreaterThanOrEqualTo(0.2);
        if (theme.equals("Dark")) {
            assertThat(figures[2]).as("a highlight dimmed for the dark page").isLessThan(0.15);
        }
    }

    private static Color lastFill(Region r) {
        if (r.getBackground() == null || r.getBackground().getFills().isEmpty()) {
            return null;
        }
        List<BackgroundFill> fills = r.getBackground().getFills();
        return fills.get(fills.size() - 1).getFill() instanceof Color c ? c : null;
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
