package org.glossa.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import javafx.scene.text.TextFlow;
import org.glossa.ui.reader.ReaderView;
import org.junit.jupiter.api.Test;

/**
 * Preferences offer every installed typeface (a serif for reading by default), justified text and
 * side margins; each shows in the reader at once and is kept after a restart.
 */
class FontsInTheWindowTest extends WindowFixture {
    @Test
    void everyInstalledFamilyJustificationAndMarginsApplyAtOnceAndAreKept() throws Exception {
        startApp();
        press(KeyCode.CONTROL).type(KeyCode.COMMA).release(KeyCode.CONTROL);
        waitUntil(() -> lookup("#pref-font").tryQuery().isPresent());
        ComboBox<String> font = lookup("#pref-font").queryComboBox();
        List<String> offered = onFx(() -> List.copyOf(font.getItems()));
        assertThat(offered).containsExactlyInAnyOrderElementsOf(new java.util.LinkedHashSet<>(Font.getFamilies()));
        String defaultSerif = ReaderView.serifFamilies().isEmpty() ? offered.get(0) : ReaderView.serifFamilies().get(0);
        assertThat(offered.get(0)).isEqualTo(defaultSerif);
        assertThat(onFx(font::getValue)).isEqualTo(defaultSerif);
        assertThat(readingFamily()).isEqualTo(defaultSerif);

        // another family, chosen with the keyboard in the open list
        clickOn(font);
        type(KeyCode.DOWN, 2);
        type(KeyCode.ENTER);
        waitUntil(() -> !defaultSerif.equals(onFx(font::getValue)));
        String chosen = onFx(font::getValue);
        assertThat(offered.indexOf(chosen)).isEqualTo(2);
        waitUntil(() -> chosen.equals(readingFamily()));

        clickOn("#pref-justify");
        waitUntil(() -> paragraphAlignment() == TextAlignment.JUSTIFY);

        double leftBefore = textLeftInset();
        clickOn("#pref-margin");
        clickMenu("Extra large");
        waitUntil(() -> textLeftInset() >= 120);
        assertThat(textLeftInset()).isGreaterThan(leftBefore);

        clickOn("OK");
        waitUntil(() -> lookup("#pref-font").tryQuery().isEmpty());
        restartApp();
        waitUntil(() -> chosen.equals(readingFamily()));
        waitUntil(() -> paragraphAlignment() == TextAlignment.JUSTIFY);
        waitUntil(() -> textLeftInset() >= 120);
    }

    /** The family the reading pane draws its body text in. */
    private String readingFamily() {
        return onFx(() -> reader().lookupAll(".text").stream().filter(n -> n instanceof Text t && !t.getText().isBlank())
                .map(n -> ((Text) n).getFont().getFamily()).findFirst().orElse(null));
    }

    private TextAlignment paragraphAlignment() {
        return onFx(() -> reader().lookupAll(".paragraph-text").stream().filter(n -> n instanceof TextFlow
                && !n.getStyleClass().stream().anyMatch(c -> c.startsWith("p-h")))
                .map(n -> ((TextFlow) n).getTextAlignment()).findFirst().orElse(null));
    }

    /** How far the first character of the text stands from the reading pane's left edge. */
    private double textLeftInset() {
        return onFx(() -> {
            var b = reader().getCharacterBoundsOnScreen(0, 1).orElseThrow();
            return b.getMinX() - reader().localToScreen(reader().getBoundsInLocal()).getMinX();
        });
    }
}
