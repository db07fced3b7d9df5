package org.glossa.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** Selecting with the mouse: drags take whole words, Alt drags are exact, double and triple clicks. */
class WordSelectionInTheWindowTest extends WindowFixture {
    private static final String PASSAGE = "stands ready to act as a go-between";

    /** Drags from the middle of the character at {@code from} to the middle of the one at {@code to}. */
    private void dragBetween(int from, int to) throws Exception {
        // the passage's paragraph at the top: a drag that ends near the pane's bottom edge scrolls it
        interact(() -> reader().showParagraphAtTop(reader().offsetToPosition(Math.min(from, to),
                org.fxmisc.richtext.model.TwoDimensional.Bias.Forward).getMajor()));
        Bounds first = stableBounds(from, from + 1);
        Bounds last = stableBounds(to, to + 1);
        moveTo(centre(first));
        press(MouseButton.PRIMARY);
        moveTo(new Point2D(last.getMinX() + last.getWidth() * 0.6, last.getCenterY()));
        release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Point2D centre(Bounds b) {
        return new Point2D(b.getCenterX(), b.getCenterY());
    }

    @Test
    void aDragFromMidWordToMidWordSelectsTheWholeWords() throws Exception {
        startApp();
        int start = indexOf(documentText(), PASSAGE);
        // from the "a" of "stands" to the "w" of "between"
        dragBetween(start + 2, start + PASSAGE.length() - 3);
        assertThat(onFx(() -> reader().getSelectedText())).isEqualTo(PASSAGE);
    }

    @Test
    void aDragBackwardsAlsoSelectsWholeWords() throws Exception {
        startApp();
        int start = indexOf(documentText(), PASSAGE);
        dragBetween(start + PASSAGE.length() - 3, start + 2);
        assertThat(onFx(() -> reader().getSelectedText())).isEqualTo(PASSAGE);
    }

    @Test
    void anAltDragSelectsExactlyWhatItCovers() throws Exception {
        startApp();
        int start = indexOf(documentText(), PASSAGE);
        press(KeyCode.ALT);
        try {
            dragBetween(start + 2, start + 8);
        } finally {
            release(KeyCode.ALT);
        }
        String selected = onFx(() -> reader().getSelectedText());
        assertThat(selected).startsWith("ands").doesNotStartWith("stands").isNotEqualTo("stands ready");
    }

    @Test
    void aDoubleClickSelectsAWordAndATripleClickItsParagraph() throws Exception {
        startApp();
        int start = indexOf(documentText(), PASSAGE) + "stands ".length();
        interact(() -> {
            reader().moveTo(start);
            reader().requestFollowCaret();
        });
        moveTo(centre(stableBounds(start + 2, start + 3)));
        doubleClickOn(MouseButton.PRIMARY);
        waitUntil(() -> onFx(() -> reader().getSelectedText()).equals("ready"));

        clickOn(MouseButton.PRIMARY).clickOn(MouseButton.PRIMARY).clickOn(MouseButton.PRIMARY);
        int paragraph = onFx(() -> reader().offsetToPosition(start,
                org.fxmisc.richtext.model.TwoDimensional.Bias.Forward).getMajor());
        String text = onFx(() -> reader().getParagraph(paragraph).getText());
        waitUntil(() -> onFx(() -> reader().getSelectedText()).equals(text));
        assertThat(text).contains(PASSAGE);
    }
}
