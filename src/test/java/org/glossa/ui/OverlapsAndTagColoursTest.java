package org.glossa.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.ListView;
import org.glossa.model.Annotation;
import org.junit.jupiter.api.Test;

/** Overlapping highlights are both visible and both reachable by click; highlights can take their tag's colour. */
class OverlapsAndTagColoursTest extends WindowFixture {
    private static final String SENTENCE = "Moscow does not want to have to choose between its two allies";
    private static final String INNER = "want to have to choose";

    @Test
    void clickingAgainWhereHighlightsOverlapSelectsTheOneBeneath() throws Exception {
        startApp();
        Annotation outer = highlightQuote(SENTENCE, "green");
        Annotation inner = highlightQuote(INNER, "pink");
        int at = indexOf(documentText(), INNER) + 3;
        // the top one fills the background, the one beneath underlines it in its own colour
        assertThat(stylesAt(at)).contains("hl-pink", "hl-overlap", "under-green");
        assertThat(stylesAt(indexOf(documentText(), SENTENCE))).contains("hl-green").doesNotContain("hl-overlap");

        interact(() -> window().annotations().selectedProperty().set(null));
        clickCharacter(at);
        waitUntil(() -> inner.id().equals(selectedId()));
        clickCharacter(at);
        waitUntil(() -> outer.id().equals(selectedId()));
        assertThat(onFx(() -> window().status().messageProperty().get())).contains("2 of 2");
        ListView<?> list = lookup("#annotation-list").queryAs(ListView.class);
        assertThat(((Annotation) list.getSelectionModel().getSelectedItem()).id()).isEqualTo(outer.id());
        clickCharacter(at);
        waitUntil(() -> inner.id().equals(selectedId()));
    }

    @Test
    void highlightsCanTakeTheColourOfTheirTagAndTheChoiceIsKept() throws Exception {
        startApp();
        Annotation tagged = highlightQuote(SENTENCE, "yellow");
        interact(() -> window().annotations().setTags(tagged, List.of("claim/economic")));
        waitUntil(() -> shownAnnotations().get(0).tags().equals(List.of("claim/economic")));
        interact(() -> window().tags().recolor("claim/economic", "blue"));
        waitUntil(() -> onFx(() -> window().tags().tags().stream().anyMatch(t -> "blue".equals(t.color()))));
        int at = indexOf(documentText(), SENTENCE);
        assertThat(stylesAt(at)).contains("hl-yellow");

        clickMenu("View");
        clickMenu("Colour highlights by tag");
        waitUntil(() -> stylesAt(at).contains("hl-blue"));
        assertThat(stylesAt(at)).doesNotContain("hl-yellow");
        assertThat(onFx(() -> window().reader().settings().colorByTag())).isTrue();
        // the sidebar shows and filters the colour the highlight is drawn in
        ListView<?> list = lookup("#annotation-list").queryAs(ListView.class);
        interact(() -> lookup("#annotation-color-filter").queryAs(javafx.scene.control.ChoiceBox.class).setValue("blue"));
        waitUntil(() -> onFx(() -> list.getItems().size()) == 1);
        assertThat(lookup(".annotation-cell .swatch-blue").tryQuery()).isPresent();
        interact(() -> lookup("#annotation-color-filter").queryAs(javafx.scene.control.ChoiceBox.class).setValue("yellow"));
        waitUntil(() -> onFx(() -> list.getItems().isEmpty()));

        restartApp();
        waitUntil(() -> !shownAnnotations().isEmpty() && stylesAt(at).contains("hl-blue"));
        assertThat(onFx(() -> window().reader().settings().colorByTag())).isTrue();
        // the menu shows the choice ticked: clicking it switches colouring by tag off
        clickMenu("View");
        clickMenu("Colour highlights by tag");
        waitUntil(() -> stylesAt(at).contains("hl-yellow"));
        assertThat(onFx(() -> window().reader().settings().colorByTag())).isFalse();
    }

    private String selectedId() {
        Annotation a = onFx(() -> window().annotations().selected());
        return a == null ? null : a.id();
    }

    /** A fresh single click: the mouse comes from elsewhere, as when a reader clicks again a moment later. */
    private void clickCharacter(int offset) throws Exception {
        interact(() -> {
            reader().moveTo(offset);
            reader().requestFollowCaret();
        });
        Bounds b = stableBounds(offset, offset + 1);
        Point2D target = new Point2D(b.getMinX() + b.getWidth() / 2, b.getMinY() + b.getHeight() / 2);
        moveTo(target.add(0, 60));
        clickOn(target);
    }
}
