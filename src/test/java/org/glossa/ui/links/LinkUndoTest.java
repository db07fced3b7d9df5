package org.glossa.ui.links;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.glossa.Fixtures;
import org.glossa.core.Library;
import org.glossa.core.organize.AnnotationLink;
import org.glossa.core.organize.LinkKind;
import org.glossa.model.Annotation;
import org.glossa.ui.SameThreadBackground;
import org.glossa.ui.StatusLine;
import org.glossa.ui.annotations.AnnotationsViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Linking and unlinking from the Links box are undoable changes; without a window, work on the test's thread. */
class LinkUndoTest {
    @TempDir
    Path dir;

    private Library library;
    private final SameThreadBackground background = new SameThreadBackground();
    private final StatusLine status = new StatusLine();
    private AnnotationsViewModel annotations;
    private LinksViewModel links;
    private long doc;

    @BeforeEach
    void openTheSample() {
        library = Fixtures.newLibrary(dir);
        doc = Fixtures.sampleId(library);
        annotations = new AnnotationsViewModel(library, background, status);
        links = new LinksViewModel(library, background, status, annotations::changeLinks);
        // wired as the window wires them
        annotations.selectedProperty().addListener((obs, old, a) -> links.show(a == null ? null : a.id()));
        annotations.replaysProperty().addListener((obs, old, now) -> links.show(links.annotationId()));
        show(doc);
    }

    @AfterEach
    void close() {
        library.close();
    }

    private void show(long id) {
        annotations.show(id, library.load(id).text(), library.annotations(id));
    }

    private Annotation highlight(int start, int end) {
        annotations.highlight(start, end, "yellow", () -> { });
        return annotations.selected();
    }

    /** Selects {@code from} and links it to {@code to} in its Links box. */
    private void linkInTheBox(Annotation from, Annotation to, LinkKind kind) {
        annotations.selectedProperty().set(from);
        links.link(to.id(), kind);
    }

    private List<String> shownLinks() {
        return links.links().stream().map(l -> LinksViewModel.describe(l) + " " + l.otherId()).toList();
    }

    @Test
    void aLinkIsUndoneAndRedoneWithTheLinksBoxFollowing() {
        Annotation a = highlight(10, 30);
        Annotation b = highlight(40, 60);
        linkInTheBox(a, b, LinkKind.SUPPORTS);
        assertThat(shownLinks()).containsExactly("supports " + b.id());
        String created = library.links().of(a.id()).get(0).created().toString();

        annotations.undo();
        assertThat(library.links().of(a.id())).isEmpty();
        assertThat(library.links().of(b.id())).isEmpty();
        assertThat(links.links()).isEmpty();
        assertThat(status.messageProperty().get()).isEqualTo("Undid link.");
        assertThat(annotations.annotations()).extracting(Annotation::id).containsExactly(a.id(), b.id());

        annotations.redo();
        assertThat(library.links().of(a.id())).extracting(AnnotationLink::otherId, AnnotationLink::kind,
                AnnotationLink::outgoing).containsExactly(tuple(b.id(), LinkKind.SUPPORTS, true));
        assertThat(library.links().of(a.id()).get(0).created()).hasToString(created);
        assertThat(shownLinks()).containsExactly("supports " + b.id());
        assertThat(status.messageProperty().get()).isEqualTo("Redid link.");
    }

    @Test
    void relinkingWithAnotherKindIsUndoneToTheFormerKind() {
        Annotation a = highlight(10, 30);
        Annotation b = highlight(40, 60);
        linkInTheBox(a, b, LinkKind.SUPPORTS);
        links.link(b.id(), LinkKind.CONTRADICTS);
        assertThat(shownLinks()).containsExactly("contradicts " + b.id());

        annotations.undo();
        assertThat(library.links().of(a.id())).extracting(AnnotationLink::kind).containsExactly(LinkKind.SUPPORTS);
        assertThat(shownLinks()).containsExactly("supports " + b.id());
        annotations.undo();
        assertThat(library.links().of(a.id())).isEmpty();
    }

    @Test
    void anUnlinkIsUndoneInItsFormerDirectionAndKindAndRedone() {
        Annotation a = highlight(10, 30);
        Annotation b = highlight(40, 60);
        linkInTheBox(b, a, LinkKind.CONTRADICTS);
        // seen from a, the link points here
        annotations.selectedProperty().set(a);
        assertThat(shownLinks()).containsExactly("is contradicted by " + b.id());

        links.unlink(links.links().get(0));
        assertThat(links.links()).isEmpty();
        assertThat(library.links().of(b.id())).isEmpty();

        annotations.undo();
        assertThat(status.messageProperty().get()).isEqualTo("Undid unlink.");
        assertThat(library.links().of(b.id())).extracting(AnnotationLink::otherId, AnnotationLink::kind,
                AnnotationLink::outgoing).containsExactly(tuple(a.id(), LinkKind.CONTRADICTS, true));
        assertThat(shownLinks()).containsExactly("is contradicted by " + b.id());

        annotations.redo();
        assertThat(status.messageProperty().get()).isEqualTo("Redid unlink.");
        assertThat(library.links().of(a.id())).isEmpty();
        assertThat(links.links()).isEmpty();

        // the unlink's undo, and the link's, step back in order
        annotations.undo();
        annotations.undo();
        assertThat(library.links().of(a.id())).isEmpty();
    }

    @Test
    void removingALinkThatIsGoneAlreadyRecordsNothingToUndo() {
        Annotation a = highlight(10, 30);
        Annotation b = highlight(40, 60);
        linkInTheBox(a, b, LinkKind.RELATED);
        AnnotationLink shown = links.links().get(0);
        library.links().unlink(a.id(), b.id());
        links.unlink(shown);
        annotations.undo();

        // the undo took back the link itself, not the empty unlink
        assertThat(status.messageProperty().get()).isEqualTo("Undid link.");
    }

    @Test
    void aLinkToAnotherDocumentIsUndoneWithoutItsAnnotationEnteringThisDocument() throws Exception {
        long other = library.importBytes("A second text about something else entirely, long enough to mark."
                .getBytes(StandardCharsets.UTF_8), "second.txt").id();
        show(other);
        Annotation there = highlight(2, 20);
        show(doc);
        Annotation here = highlight(10, 30);
        links.link(there.id(), LinkKind.RELATED);

        annotations.undo();
        assertThat(library.links().of(here.id())).isEmpty();
        assertThat(annotations.annotations()).extracting(Annotation::id).containsExactly(here.id());
        assertThat(annotations.selected().id()).isEqualTo(here.id());
        annotations.redo();
        assertThat(shownLinks()).containsExactly("related " + there.id());
        assertThat(annotations.annotations()).extracting(Annotation::id).containsExactly(here.id());
    }

    @Test
    void deletingALinkedAnnotationAndUndoingBringsItsLinksBackIntoTheLinksBox() {
        Annotation a = highlight(10, 30);
        Annotation b = highlight(40, 60);
        Annotation c = highlight(70, 90);
        linkInTheBox(a, b, LinkKind.SUPPORTS);
        linkInTheBox(c, a, LinkKind.CONTRADICTS);

        annotations.delete(annotations.annotations().get(0));
        assertThat(library.links().of(b.id())).isEmpty();
        annotations.undo();

        assertThat(annotations.selected().id()).isEqualTo(a.id());
        assertThat(shownLinks()).containsExactlyInAnyOrder("supports " + b.id(), "is contradicted by " + c.id());
        // and the links made before the delete are still undone one by one
        annotations.undo();
        assertThat(library.links().of(a.id())).extracting(AnnotationLink::otherId).containsExactly(b.id());
        annotations.undo();
        assertThat(library.links().of(a.id())).isEmpty();
    }
}
