package org.glossa.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import org.glossa.model.Annotation;
import org.junit.jupiter.api.Test;

/** A new user's first session: highlight, note, tag, close, come back. */
class AnnotatingInTheWindowTest extends WindowFixture {
    private static final String QUOTE = "emphatically neutral position";

    @Test
    void aHighlightWithNoteAndTagIsBackAtTheSamePlaceAfterRestart() throws Exception {
        startApp();
        assertThat(app.window().reader().document().title()).contains("Timid Approach");
        int start = indexOf(documentText(), QUOTE);
        int end = start + QUOTE.length();

        selectWithMouse(start, end);
        assertThat(reader().getSelectedText()).isEqualTo(QUOTE);
        type(KeyCode.DIGIT2);
        waitUntil(() -> shownAnnotations().size() == 1);
        Annotation created = shownAnnotations().get(0);
        assertThat(created.start()).isEqualTo(start);
        assertThat(created.end()).isEqualTo(end);
        assertThat(created.color()).isEqualTo("green");
        assertThat(stylesAt(start)).contains("hl-green");
        assertThat(stylesAt(end - 1)).contains("hl-green");
        assertThat(stylesAt(end)).doesNotContain("hl-green");
        assertThat(reader().getSelection().getLength()).as("deselected after highlighting").isZero();

        type(KeyCode.N);
        waitUntil(() -> lookup("#note-editor").queryAs(TextArea.class).isFocused());
        write("The Kremlin avoids taking sides.");
        clickOn("#tag-input").write("claim/diplomacy").type(KeyCode.ENTER);
        waitUntil(() -> {
            Annotation a = shownAnnotations().get(0);
            return a.note().equals("The Kremlin avoids taking sides.") && a.tags().equals(List.of("claim/diplomacy"));
        });

        restartApp();

        List<Annotation> after = shownAnnotations();
        assertThat(after).hasSize(1);
        Annotation back = after.get(0);
        assertThat(back.start()).isEqualTo(start);
        assertThat(back.end()).isEqualTo(end);
        assertThat(back.quote().exact()).isEqualTo(QUOTE);
        assertThat(back.note()).isEqualTo("The Kremlin avoids taking sides.");
        assertThat(back.tags()).containsExactly("claim/diplomacy");
        assertThat(stylesAt(start)).contains("hl-green");
        assertThat(stylesAt(end)).doesNotContain("hl-green");
        ListView<?> list = lookup("#annotation-list").queryAs(ListView.class);
        assertThat(list.getItems()).hasSize(1);
    }

    @Test
    void deletingAHighlightCanBeUndoneAndRedone() throws Exception {
        startApp();
        String quote = "other friend";
        int start = indexOf(documentText(), quote);
        selectWithMouse(start, start + quote.length());
        type(KeyCode.DIGIT1);
        waitUntil(() -> shownAnnotations().size() == 1);

        clickAnnotationRow(quote);
        type(KeyCode.DELETE);
        waitUntil(() -> shownAnnotations().isEmpty());
        assertThat(stylesAt(start)).doesNotContain("hl-yellow");

        clickOn("#reader");
        press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitUntil(() -> shownAnnotations().size() == 1);
        assertThat(stylesAt(start)).contains("hl-yellow");

        press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Z).release(KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> shownAnnotations().isEmpty());

        restartApp();
        assertThat(shownAnnotations()).isEmpty();
    }

    @Test
    void clickingAnAnnotationInTheSidebarScrollsTheTextToIt() throws Exception {
        startApp();
        String text = documentText();
        String quote = "no alternative to the peace process";
        int start = indexOf(text, quote);
        highlightQuote(quote, "blue");
        interact(() -> window().annotations().selectedProperty().set(null));
        interact(() -> reader().showParagraphAtTop(0));
        waitUntil(() -> onFx(() -> reader().getCharacterBoundsOnScreen(start, start + 1).isEmpty()));

        clickAnnotationRow(quote);
        waitUntil(() -> onFx(() -> reader().getCharacterBoundsOnScreen(start, start + 1).isPresent()));
        assertThat(reader().getCaretPosition()).isEqualTo(start);
    }

    @Test
    void clickingAHighlightInTheTextSelectsItInTheSidebar() throws Exception {
        startApp();
        String quote = "Hamas unleashed the war";
        int start = indexOf(documentText(), quote);
        selectWithMouse(start, start + quote.length());
        type(KeyCode.DIGIT3);
        waitUntil(() -> shownAnnotations().size() == 1);
        interact(() -> window().annotations().selectedProperty().set(null));

        var bounds = stableBounds(start + 3, start + 4);
        clickOn(new javafx.geometry.Point2D(bounds.getCenterX(), bounds.getCenterY()));
        waitUntil(() -> window().annotations().selected() != null);
        ListView<?> list = lookup("#annotation-list").queryAs(ListView.class);
        assertThat(list.getSelectionModel().getSelectedIndex()).isZero();
        assertThat(stylesAt(start)).contains("hl-selected");
    }

    @Test
    void aHighlightThatCannotBeSavedIsTakenBackWithTheReason() throws Exception {
        startApp();
        String quote = "Hamas unleashed the war";
        int start = indexOf(documentText(), quote);
        interact(() -> window().annotations().highlight(start, start + quote.length(), "no-such-colour", () -> { }));
        waitUntil(() -> onFx(() -> window().status().messageProperty().get()).startsWith("Unknown colour"));
        assertThat(shownAnnotations()).isEmpty();
        assertThat(onFx(() -> window().annotations().selected())).isNull();
        assertThat(stylesAt(start)).noneMatch(c -> c.startsWith("hl"));
    }
}
