package org.glossa.core.organize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.glossa.core.search.TestDocuments.add;

import java.nio.file.Path;
import java.util.List;
import org.glossa.core.GlossaException;
import org.glossa.core.Library;
import org.glossa.core.store.TagRepository.TagCount;
import org.glossa.model.Annotation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Counts rolled up the tag hierarchy, and moving a tag with everything under it. */
class TagHierarchyTest {
    @TempDir
    Path dir;
    Library lib;
    long doc;

    @BeforeEach
    void openLibrary() {
        lib = Library.open(dir.resolve("library.sqlite"));
        doc = add(lib, "Source", "A", "Growth was strong in spring.", "Inflation stayed low.");
    }

    @AfterEach
    void close() {
        lib.close();
    }

    @Test
    void anAnnotationCarryingAParentAndItsChildCountsOnceForTheParent() {
        lib.annotateQuote(doc, "Growth was strong", 1, null, null, List.of("claim", "claim/economic"));
        lib.annotateQuote(doc, "Inflation stayed low", 1, null, null, List.of("claim/economic/prices"));
        lib.annotateQuote(doc, "in spring", 1, null, null, List.of("theme/time"));
        var counts = lib.tags().rolledUpCounts();
        assertThat(counts).containsEntry("claim", 2).containsEntry("claim/economic", 2)
                .containsEntry("claim/economic/prices", 1).containsEntry("theme", 1).containsEntry("theme/time", 1)
                .hasSize(5);
    }

    @Test
    void reparentingMovesATagAndEverythingUnderIt() {
        Annotation a = lib.annotateQuote(doc, "Growth was strong", 1, null, null, List.of("claim/economic"));
        Annotation b = lib.annotateQuote(doc, "Inflation stayed low", 1, null, null, List.of("claim/economic/x"));
        lib.annotateQuote(doc, "in spring", 1, null, null, List.of("evidence"));
        assertThat(lib.tags().reparent("claim/economic", "evidence")).isEqualTo("evidence/economic");
        assertThat(lib.annotation(a.id()).tags()).containsExactly("evidence/economic");
        assertThat(lib.annotation(b.id()).tags()).containsExactly("evidence/economic/x");
        assertThat(lib.tags().reparent("evidence/economic", "")).isEqualTo("economic");
        assertThat(lib.tags().counts()).extracting(TagCount::name).containsExactly("economic", "economic/x", "evidence");
    }

    @Test
    void aClashOrAMoveUnderItselfIsRefusedAndNothingMoves() {
        lib.annotateQuote(doc, "Growth was strong", 1, null, null, List.of("claim/economic"));
        lib.annotateQuote(doc, "Inflation stayed low", 1, null, null, List.of("claim/economic/x"));
        lib.annotateQuote(doc, "in spring", 1, null, null, List.of("evidence/economic/x"));
        var before = lib.tags().counts();
        assertThatThrownBy(() -> lib.tags().reparent("claim/economic", "evidence"))
                .isInstanceOf(GlossaException.class)
                .hasMessage("Cannot move 'claim/economic': a tag named 'evidence/economic/x' already exists.");
        assertThatThrownBy(() -> lib.tags().reparent("claim", "claim/economic"))
                .isInstanceOf(GlossaException.class).hasMessage("Cannot move 'claim' under itself.");
        assertThatThrownBy(() -> lib.tags().reparent("nothing", "claim"))
                .isInstanceOf(GlossaException.class).hasMessage("There is no tag named 'nothing'.");
        assertThat(lib.tags().counts()).isEqualTo(before);
    }
}
