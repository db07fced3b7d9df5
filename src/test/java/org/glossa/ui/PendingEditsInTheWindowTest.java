package org.glossa.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.glossa.Fixtures;
import org.glossa.core.Library;
import org.glossa.model.Annotation;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** Nothing typed or done just before quitting, switching or deleting is lost or overdone. */
class PendingEditsInTheWindowTest extends WindowFixture {
    private static final String QUOTE = "emphatically neutral position";
    private static final String OTHER = "other friend";
    private static final String NOTE = "Typed and quit at once.";

    /** Highlights {@code quote} with the mouse and key 2, presses N and types {@code note} without a pause. */
    private Annotation highlightAndTypeNote(String quote, String note) throws Exception {
        int start = indexOf(documentText(), quote);
        int before = shownAnnotations().size();
        selectWithMouse(start, start + quote.length());
        type(KeyCode.DIGIT2);
        waitUntil(() -> shownAnnotations().size() == before + 1);
        type(KeyCode.N);
        waitUntil(() -> lookup("#note-editor").queryAs(TextArea.class).isFocused());
        write(note);
        return shownAnnotations().stream().filter(a -> a.quote().exact().equals(quote)).findFirst().orElseThrow();
    }

    private Window stage() {
        return onFx(() -> reader().getScene().getWindow());
    }

    /** The annotations as stored, read from the file after the window has stopped. */
    private List<Annotation> storedAfterStopping() throws Exception {
        stopApp();
        try (Library library = Fixtures.open(libraryFile())) {
            return library.allAnnotations();
        }
    }

    @Test
    void aNoteTypedJustBeforeCtrlQIsThereAfterARestart() throws Exception {
        startApp();
        Window stage = stage();
        Annotation a = highlightAndTypeNote(QUOTE, NOTE);

        press(KeyCode.CONTROL).type(KeyCode.Q).release(KeyCode.CONTROL);
        waitUntil(() -> !onFx(stage::isShowing));

        assertThat(storedAfterStopping()).filteredOn(x -> x.id().equals(a.id()))
                .singleElement().extracting(Annotation::note).isEqualTo(NOTE);
    }

    @Test
    void aNoteTypedJustBeforeTheCloseButtonIsThereAfterARestart() throws Exception {
        startApp();
        Window stage = stage();
        Annotation a = highlightAndTypeNote(QUOTE, NOTE);

        interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        waitUntil(() -> !onFx(stage::isShowing));

        assertThat(storedAfterStopping()).filteredOn(x -> x.id().equals(a.id()))
                .singleElement().extracting(Annotation::note).isEqualTo(NOTE);
    }

    @Test
    void aNoteTypedJustBeforeSwitchingTheDocumentIsSaved() throws Exception {
        long second;
        long sample;
        try (Library library = Fixtures.open(libraryFile())) {
            sample = Fixtures.sampleId(library);
            second = library.importBytes("A second reading, short and plain.".getBytes(StandardCharsets.UTF_8),
                    "second.txt").id();
        }
        startApp();
        interact(() -> window().documents().open(sample));
        waitUntil(() -> documentText().contains(QUOTE));
        Annotation a = highlightAndTypeNote(QUOTE, "Typed, then another reading.");

        interact(() -> window().documents().open(second));
        waitUntil(() -> documentText().startsWith("A second reading"));

        assertThat(storedAfterStopping()).filteredOn(x -> x.id().equals(a.id()))
                .singleElement().extracting(Annotation::note).isEqualTo("Typed, then another reading.");
    }

    @Test
    void aNoteTypedJustBeforeSelectingAnotherAnnotationIsSavedOnTheFirst() throws Exception {
        startApp();
        Annotation other = highlightQuote(OTHER, "blue");
        Annotation a = highlightAndTypeNote(QUOTE, "Typed, then the other one.");

        // selected from the keyboard's point of view: the note editor keeps the focus
        interact(() -> window().annotations().selectedProperty().set(
                window().annotations().annotations().stream().filter(x -> x.id().equals(other.id()))
                        .findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();

        List<Annotation> stored = storedAfterStopping();
        assertThat(stored).filteredOn(x -> x.id().equals(a.id()))
                .singleElement().extracting(Annotation::note).isEqualTo("Typed, then the other one.");
        assertThat(stored).filteredOn(x -> x.id().equals(other.id()))
                .singleElement().extracting(Annotation::note).isEqualTo("");
    }

    @Test
    void deletePressedTwiceDeletesOnlyTheSelectedAnnotation() throws Exception {
        startApp();
        Annotation first = highlightQuote(QUOTE, "green");
        Annotation second = highlightQuote(OTHER, "blue");
        interact(() -> window().annotations().selectedProperty().set(null));

        clickAnnotationRow(QUOTE);
        type(KeyCode.DELETE);
        waitUntil(() -> shownAnnotations().size() == 1);
        type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(onFx(() -> window().annotations().selected())).isNull();
        assertThat(storedAfterStopping()).extracting(Annotation::id).contains(second.id())
                .doesNotContain(first.id());
    }
}
