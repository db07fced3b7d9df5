package org.glossa.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.glossa.model.Annotation;
import org.junit.jupiter.api.Test;

/** Reading comfort: find, themes, the selection popover, keyboard selection, the sidebar filter. */
class ReadingComfortTest extends WindowFixture {

    private static int occurrences(String text, String word) {
        String t = text.toLowerCase(Locale.ROOT);
        String w = word.toLowerCase(Locale.ROOT);
        int n = 0;
        for (int at = t.indexOf(w); at >= 0; at = t.indexOf(w, at + w.length())) {
            n++;
        }
        return n;
    }

    @Test
    void findMarksEveryMatchAndStepsThroughThem() throws Exception {
        startApp();
        String text = documentText();
        int expected = occurrences(text, "hamas");
        assertThat(expected).isGreaterThan(2);
        clickOn("#reader");
        press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        waitUntil(() -> lookup("#find-field").queryAs(TextField.class).isFocused());
        write("hamas");
        Label count = lookup("#find-count").queryAs(Label.class);
        waitUntil(() -> count.getText().equals("1 of " + expected));
        int first = text.toLowerCase(Locale.ROOT).indexOf("hamas");
        int second = text.toLowerCase(Locale.ROOT).indexOf("hamas", first + 5);
        assertThat(stylesAt(first)).contains("find-current");
        assertThat(stylesAt(second)).contains("find-hit");

        type(KeyCode.F3);
        waitUntil(() -> count.getText().equals("2 of " + expected));
        assertThat(stylesAt(second)).contains("find-current");
        assertThat(stylesAt(first)).contains("find-hit").doesNotContain("find-current");

        type(KeyCode.ESCAPE);
        waitUntil(() -> !stylesAt(first).contains("find-hit"));
        assertThat(stylesAt(second)).doesNotContain("find-current", "find-hit");
    }

    @Test
    void theDarkThemeIsAppliedAndRemembered() throws Exception {
        startApp();
        clickMenu("View");
        clickMenu("Theme");
        clickMenu("Dark");
        waitUntil(() -> reader().getScene().getRoot().getStyleClass().contains("theme-dark"));
        restartApp();
        assertThat(reader().getScene().getRoot().getStyleClass()).contains("theme-dark").doesNotContain("theme-light");
    }

    @Test
    void theSelectionPopoverHighlightsInTheChosenColour() throws Exception {
        startApp();
        String quote = "stands ready to act as a go-between";
        int start = indexOf(documentText(), quote);
        selectWithMouse(start, start + quote.length());
        waitUntil(() -> lookup("#popover-purple").tryQuery().isPresent());
        clickOn("#popover-purple");
        waitUntil(() -> shownAnnotations().size() == 1);
        Annotation a = shownAnnotations().get(0);
        assertThat(a.color()).isEqualTo("purple");
        assertThat(a.quote().exact()).isEqualTo(quote);
        assertThat(stylesAt(start)).contains("hl-purple");
    }

    @Test
    void shiftArrowsSelectTextForAHighlightWithoutTheMouse() throws Exception {
        startApp();
        String word = "Kremlin";
        int start = indexOf(documentText(), word);
        interact(() -> {
            reader().requestFocus();
            reader().moveTo(start);
        });
        press(KeyCode.SHIFT);
        for (int i = 0; i < word.length(); i++) {
            type(KeyCode.RIGHT);
        }
        release(KeyCode.SHIFT);
        waitUntil(() -> reader().getSelectedText().equals(word));
        type(KeyCode.DIGIT4);
        waitUntil(() -> shownAnnotations().size() == 1);
        assertThat(shownAnnotations().get(0).quote().exact()).isEqualTo(word);
        assertThat(shownAnnotations().get(0).color()).isEqualTo("pink");
    }

    @Test
    void theSidebarFilterShowsOnlyMatchingAnnotations() throws Exception {
        startApp();
        String q2 = "the only non-Arab mediator";
        highlightQuote("Moscow does not want to have to choose", "green");
        highlightQuote(q2, "red");
        ListView<?> list = lookup("#annotation-list").queryAs(ListView.class);
        assertThat(list.getItems()).hasSize(2);

        clickOn("#annotation-filter").write("mediator");
        waitUntil(() -> list.getItems().size() == 1);
        assertThat(((Annotation) list.getItems().get(0)).quote().exact()).isEqualTo(q2);

        interact(() -> lookup("#annotation-filter").queryAs(TextField.class).clear());
        waitUntil(() -> list.getItems().size() == 2);
        interact(() -> lookup("#annotation-color-filter").queryAs(javafx.scene.control.ChoiceBox.class).setValue("green"));
        waitUntil(() -> list.getItems().size() == 1);
        assertThat(((Annotation) list.getItems().get(0)).color()).isEqualTo("green");
    }

    @Test
    void recolouringAndEditingANoteAreUndoable() throws Exception {
        startApp();
        String quote = "Cairo was and still is the main negotiator";
        int start = indexOf(documentText(), quote);
        selectWithMouse(start, start + quote.length());
        type(KeyCode.DIGIT1);
        waitUntil(() -> shownAnnotations().size() == 1);
        type(KeyCode.DIGIT3);
        waitUntil(() -> shownAnnotations().get(0).color().equals("blue"));
        assertThat(stylesAt(start)).contains("hl-blue");
        press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitUntil(() -> shownAnnotations().get(0).color().equals("yellow"));
        assertThat(stylesAt(start)).contains("hl-yellow").doesNotContain("hl-blue");
        press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Z).release(KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> shownAnnotations().get(0).color().equals("blue"));
    }
}
