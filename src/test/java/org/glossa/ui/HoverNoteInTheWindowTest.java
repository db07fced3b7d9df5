package org.glossa.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.glossa.model.Annotation;
import org.junit.jupiter.api.Test;

/** Resting the mouse on a highlight shows its note formatted, as the sidebar shows it. */
class HoverNoteInTheWindowTest extends WindowFixture {
    @Test
    void theNoteShownOnHoverIsRenderedNotRawMarkdown() throws Exception {
        startApp();
        Annotation a = highlightQuote("strongpoint", "yellow");
        interact(() -> window().annotations().setNote(a, "A **strong** claim"));
        waitUntil(() -> shownAnnotations().stream().anyMatch(x -> x.note().contains("strong")));
        int at = a.start() + 3;
        interact(() -> reader().showParagraphAtTop(reader().offsetToPosition(at,
                org.fxmisc.richtext.model.TwoDimensional.Bias.Forward).getMajor()));
        Bounds b = stableBounds(at, at + 1);
        moveTo(new Point2D(b.getMinX() + 1, b.getMinY() + b.getHeight() / 2));
        waitUntil(() -> lookup("#hover-note").tryQuery().map(Node::isVisible).orElse(false));
        TextFlow note = onFx(() -> (TextFlow) lookup("#hover-note").lookup(".note").query());
        String shown = onFx(() -> note.getChildren().stream().map(n -> ((Text) n).getText())
                .reduce("", String::concat));
        assertThat(shown).contains("A strong claim").doesNotContain("**");
        assertThat(onFx(() -> note.getChildren().stream().anyMatch(n -> ((Text) n).getText().equals("strong")
                && n.getStyleClass().contains("m-bold")))).isTrue();
    }
}
