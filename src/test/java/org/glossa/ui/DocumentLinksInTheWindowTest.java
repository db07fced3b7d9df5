package org.glossa.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import org.fxmisc.richtext.model.TwoDimensional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** Links in a web page: the address shows on hover, a place in the page is jumped to, the web is asked about. */
class DocumentLinksInTheWindowTest extends WindowFixture {
    private static final String WEB = "https://example.org/rivers";
    private final List<String> opened = new CopyOnWriteArrayList<>();

    @BeforeEach
    void openAPageWithLinks() throws Exception {
        StringBuilder html = new StringBuilder("<html><head><title>Deltas and their notes</title></head><body><article>"
                + "<p>Read the <a href=\"#notes\">notes at the end</a> or the <a href=\"" + WEB + "\">river atlas</a>"
                + " before the first chapter begins.</p>");
        for (int i = 1; i <= 60; i++) {
            html.append("<p>Paragraph ").append(i).append(" tells how the delta at mile ").append(i * 7)
                    .append(" grew with the silt that the floods of that year carried down from the hills.</p>");
        }
        html.append("<h2 id=\"notes\">Endnotes</h2><p>The endnotes begin with the survey of the lower river.</p>");
        Path page = Files.writeString(dir.resolve("links.html"), html.append("</article></body></html>").toString());
        startApp();
        interact(() -> window().documentLinks().openWebLinksWith(opened::add));
        interact(() -> window().importFiles(List.of(page.toFile())));
        waitUntil(() -> documentText().contains("river atlas") && reader().getLength() == documentText().length());
        interact(() -> {
            reader().moveTo(0);
            reader().showParagraphAtTop(0);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Point2D middleOf(String words) throws Exception {
        int at = indexOf(documentText(), words);
        Bounds b = stableBounds(at + 1, at + words.length() - 1);
        return new Point2D(b.getMinX() + b.getWidth() / 2, b.getMinY() + b.getHeight() / 2);
    }

    private String status() {
        return onFx(() -> window().status().messageProperty().get());
    }

    @Test
    void restingTheMouseOnALinkShowsItsAddress() throws Exception {
        moveTo(middleOf("river atlas"));
        waitUntil(() -> status().equals("Link: " + WEB));
        moveTo(middleOf("before the first chapter"));
        waitUntil(() -> status().isEmpty());
    }

    @Test
    void clickingALinkToAPlaceInTheDocumentPutsTheCaretThereAndShowsIt() throws Exception {
        int target = indexOf(documentText(), "Endnotes");
        int targetParagraph = onFx(() -> reader().offsetToPosition(target, TwoDimensional.Bias.Forward).getMajor());
        assertThat(onFx(() -> reader().visibleParToAllParIndex(reader().getVisibleParagraphs().size() - 1)))
                .as("the notes start off screen").isLessThan(targetParagraph);

        clickOn(middleOf("notes at the end"));
        waitUntil(() -> onFx(() -> reader().getCaretPosition()) == target);
        // near the end the pane cannot put the notes at its top, but they are on screen
        waitUntil(() -> onFx(() -> reader().visibleParToAllParIndex(0) <= targetParagraph
                && reader().visibleParToAllParIndex(reader().getVisibleParagraphs().size() - 1) >= targetParagraph));
        assertThat(opened).isEmpty();
    }

    @Test
    void clickingAWebLinkAsksFirstAndCancelOpensNothingWhileOkOpensTheBrowser() throws Exception {
        clickOn(middleOf("river atlas"));
        waitUntil(() -> lookup(".dialog-pane").tryQuery().isPresent());
        assertThat(lookup(".dialog-pane .content").queryLabeled().getText()).contains(WEB);
        clickOn(dialogButton("Cancel"));
        waitUntil(() -> lookup(".dialog-pane").tryQuery().isEmpty());
        assertThat(opened).isEmpty();

        clickOn(middleOf("river atlas"));
        waitUntil(() -> lookup(".dialog-pane").tryQuery().isPresent());
        clickOn(dialogButton("OK"));
        waitUntil(() -> opened.size() == 1);
        assertThat(opened).containsExactly(WEB);
    }

    /** The confirmation's own button: the status line has a Cancel of its own for imports. */
    private javafx.scene.control.Button dialogButton(String text) {
        return lookup(".dialog-pane .button").match(org.testfx.matcher.control.LabeledMatchers.hasText(text))
                .queryButton();
    }
}
