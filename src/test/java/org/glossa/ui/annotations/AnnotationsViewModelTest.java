package org.glossa.ui.annotations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.glossa.Fixtures;
import org.glossa.core.GlossaException;
import org.glossa.core.Library;
import org.glossa.core.organize.AnnotationLink;
import org.glossa.core.organize.LinkKind;
import org.glossa.model.Annotation;
import org.glossa.ui.SameThreadBackground;
import org.glossa.ui.StatusLine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The annotations view model without a window: its work runs on the test's thread. */
class AnnotationsViewModelTest {
    @TempDir
    Path dir;

    private Library library;
    private final SameThreadBackground background = new SameThreadBackground();
    private final StatusLine status = new StatusLine();
    private AnnotationsViewModel model;
    private long doc;

    @BeforeEach
    void openTheSample() {
        library = Fixtures.newLibrary(dir);
        doc = Fixtures.sampleId(library);
        model = new AnnotationsViewModel(library, background, status);
        showDocument(doc);
    }

    @AfterEach
    void close() {
        library.close();
    }

    private void showDocument(long id) {
        model.show(id, library.load(id).text(), library.annotations(id));
    }

    private Annotation highlight(int start, int end, String color) {
        model.highlight(start, end, color, () -> { });
        return model.selected();
    }

    @Test
    void deleteThenUndoPutsBackTheAnnotationWithItsLinksAtBothEnds() {
        Annotation a = highlight(10, 30, "yellow");
        Annotation b = highlight(40, 60, "green");
        Annotation c = highlight(70, 90, "blue");
        model.setNote(a, "why it matters");
        model.setTags(model.annotations().get(0), List.of("claim"));
        library.links().link(a.id(), b.id(), LinkKind.SUPPORTS);
        library.links().link(c.id(), a.id(), LinkKind.CONTRADICTS);
        Annotation stored = library.annotation(a.id());

        model.delete(model.annotations().get(0));
        assertThat(library.findAnnotation(a.id())).isEmpty();
        model.undo();

        assertThat(library.annotation(a.id())).isEqualTo(stored);
        assertThat(library.links().of(a.id())).extracting(AnnotationLink::otherId, AnnotationLink::kind)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(b.id(), LinkKind.SUPPORTS),
                        org.assertj.core.groups.Tuple.tuple(c.id(), LinkKind.CONTRADICTS));
        assertThat(model.annotations()).extracting(Annotation::id).contains(a.id());
    }

    @Test
    void undoingAMergeBringsBackBothHighlightsWithTheirLinks() {
        Annotation a = highlight(10, 30, "yellow");
        Annotation b = highlight(40, 60, "yellow");
        Annotation other = highlight(100, 120, "blue");
        library.links().link(b.id(), other.id(), LinkKind.RELATED);
        List<Annotation> before = library.annotations(doc);

        model.highlight(25, 45, "yellow", () -> { });
        assertThat(library.annotations(doc)).hasSize(2);
        model.undo();

        assertThat(library.annotations(doc)).isEqualTo(before);
        assertThat(library.links().of(b.id())).extracting(AnnotationLink::otherId).containsExactly(other.id());
        assertThat(model.annotations()).extracting(Annotation::id).containsExactly(a.id(), b.id(), other.id());
    }

    @Test
    void aFailedUndoKeepsTheChangeToUndoAndSaysSoInOneLine() {
        Annotation a = highlight(10, 30, "yellow");
        model.delete(a);

        background.failNext(new GlossaException("The library file is read-only."));
        model.undo();

        assertThat(library.findAnnotation(a.id())).isEmpty();
        assertThat(model.canUndoProperty().get()).isTrue();
        assertThat(model.canRedoProperty().get()).isFalse();
        assertThat(status.errorProperty().get()).isTrue();
        assertThat(status.messageProperty().get()).contains("Could not undo delete").doesNotContain("\n");

        model.undo(); // the same change, tried again

        assertThat(library.findAnnotation(a.id())).isPresent();
        assertThat(model.canRedoProperty().get()).isTrue();
    }

    @Test
    void afterADeleteNothingIsSelectedSoASecondDeleteHasNothingToAct() {
        highlight(10, 30, "yellow");
        Annotation second = highlight(40, 60, "green");

        model.delete(second);

        assertThat(model.selected()).isNull();
        assertThat(library.annotations(doc)).hasSize(1);
    }

    @Test
    void aTypedNoteIsSavedWhenAnotherAnnotationIsSelected() {
        Annotation a = highlight(10, 30, "yellow");
        Annotation b = highlight(40, 60, "green");
        model.selectedProperty().set(model.annotations().get(0));

        model.editNote("typed, not paused");
        model.selectedProperty().set(model.annotations().get(1));

        assertThat(library.annotation(a.id()).note()).isEqualTo("typed, not paused");
        assertThat(library.annotation(b.id()).note()).isEmpty();
        assertThat(model.hasUnsavedNote()).isFalse();
    }

    @Test
    void aTypedNoteIsSavedWhenTheDocumentIsSwitchedOrClosedOrTheWindowQuits() throws Exception {
        long second = library.importBytes("A second reading, short and plain.".getBytes(StandardCharsets.UTF_8),
                "second.txt").id();
        Annotation a = highlight(10, 30, "yellow");
        model.editNote("before switching");
        showDocument(second);
        assertThat(library.annotation(a.id()).note()).isEqualTo("before switching");

        Annotation b = highlight(2, 8, "green");
        model.editNote("before closing");
        model.clear();
        assertThat(library.annotation(b.id()).note()).isEqualTo("before closing");

        showDocument(second);
        model.selectedProperty().set(model.annotations().get(0));
        model.editNote("before quitting");
        model.flushEdits();
        assertThat(library.annotation(b.id()).note()).isEqualTo("before quitting");
    }

    @Test
    void aNoteUndoesInOneStep() {
        Annotation a = highlight(10, 30, "yellow");
        model.editNote("first thought");
        model.flushNote();

        model.undo();

        assertThat(library.annotation(a.id()).note()).isEmpty();
        assertThat(library.annotation(a.id()).modified()).isEqualTo(a.modified());
    }
}
