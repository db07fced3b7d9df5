package org.glossa.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.Hyperlink;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** A book's footnote reference leads to the note on another page, and Back (or Alt+Left) returns. */
class BookNotesInTheWindowTest extends WindowFixture {
    @BeforeEach
    void openABookWithEndnotes() throws Exception {
        StringBuilder chapter = new StringBuilder("<h1>The Delta</h1><p>The river rose in the spring"
                + "<a epub:type=\"noteref\" id=\"r1\" href=\"notes.xhtml#n1\">[1]</a> and the fields went under"
                + "<sup><a href=\"#fn2\" id=\"fnref2\">[2]</a></sup>.</p>");
        for (int i = 1; i <= 60; i++) {
            chapter.append("<p>Paragraph ").append(i).append(" tells how the delta at mile ").append(i * 7)
                    .append(" grew with the silt that the floods of that year carried down from the hills.</p>");
        }
        // a footnote at the chapter's end, as word processors and Markdown write them
        chapter.append("<div class=\"footnotes\"><ol><li id=\"fn2\"><p>The gauge at the old ferry landing."
                + " <a href=\"#fnref2\">[back]</a></p></li></ol></div>");
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("one.xhtml", chapter.toString());
        pages.put("notes.xhtml", "<h1>Notes</h1><aside epub:type=\"endnote\" id=\"n1\"><p>The survey of the lower"
                + " river, made in the dry year. <a href=\"one.xhtml#r1\">[return]</a></p></aside>");
        Path book = Files.write(dir.resolve("delta.epub"), TestBooks.epub("The Delta", pages, Map.of()));
        startApp();
        interact(() -> window().importFiles(List.of(book.toFile())));
        waitUntil(() -> documentText().contains("The survey of the lower") && reader().getLength() == documentText().length());
        interact(() -> {
            reader().moveTo(0);
            reader().showParagraphAtTop(0);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Point2D middleOf(String words) throws Exception {
        int at = indexOf(documentText(), words);
        Bounds b = stableBounds(at, at + words.length());
        return new Point2D(b.getMinX() + b.getWidth() / 2, b.getMinY() + b.getHeight() / 2);
    }

    private int firstVisibleParagraph() {
        return onFx(() -> reader().visibleParToAllParIndex(0));
    }

    private Hyperlink back() {
        return lookup("#link-back").queryAs(Hyperlink.class);
    }

    private void followTheNoteReference() throws Exception {
        int note = indexOf(documentText(), "The survey of the lower");
        clickOn(middleOf("[1]"));
        waitUntil(() -> onFx(() -> reader().getCaretPosition()) == note);
        waitUntil(() -> firstVisibleParagraph() > 0 && onFx(() -> back().isVisible()));
    }

    @Test
    void theNoteReferenceLeadsToTheNoteAndBackReturnsToTheSentence() throws Exception {
        assertThat(onFx(() -> back().isVisible())).as("nothing to go back to yet").isFalse();
        followTheNoteReference();

        clickOn(back());
        waitUntil(() -> firstVisibleParagraph() == 0);
        int reference = indexOf(documentText(), "[1]");
        assertThat(onFx(() -> reader().getCaretPosition())).as("the caret where the click left it").isBetween(reference, reference + 3);
        waitUntil(() -> onFx(() -> !back().isVisible()));
    }

    @Test
    void theNotesOwnBackReferenceReturnsToTheSentenceAsBackDoes() throws Exception {
        followTheNoteReference();
        clickOn(middleOf("[return]"));
        waitUntil(() -> firstVisibleParagraph() == 0);
        int reference = indexOf(documentText(), "[1]");
        assertThat(onFx(() -> reader().getCaretPosition())).as("where the reader was").isBetween(reference, reference + 3);
        waitUntil(() -> onFx(() -> !back().isVisible()));
    }

    @Test
    void aFootnoteAtTheChaptersEndIsReachedAndItsBackLinkReturns() throws Exception {
        int note = indexOf(documentText(), "1. The gauge at the old ferry");
        clickOn(middleOf("[2]"));
        waitUntil(() -> onFx(() -> reader().getCaretPosition()) == note);
        waitUntil(() -> firstVisibleParagraph() > 0 && onFx(() -> back().isVisible()));

        clickOn(middleOf("[back]"));
        waitUntil(() -> firstVisibleParagraph() == 0);
        waitUntil(() -> onFx(() -> !back().isVisible()));
    }

    @Test
    void altLeftReturnsFromTheNote() throws Exception {
        followTheNoteReference();
        press(KeyCode.ALT, KeyCode.LEFT).release(KeyCode.LEFT, KeyCode.ALT);
        waitUntil(() -> firstVisibleParagraph() == 0);
        assertThat(onFx(() -> back().isVisible())).isFalse();
    }
}
