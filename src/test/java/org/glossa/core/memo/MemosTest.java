package org.glossa.core.memo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.glossa.core.search.TestDocuments.add;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import org.glossa.core.GlossaException;
import org.glossa.core.Library;
import org.glossa.model.Memo;
import org.glossa.model.MemoTarget;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Memos on the library, documents and tags: kept, found, searched, and only their author's to change. */
class MemosTest {
    @TempDir
    Path dir;
    Library lib;
    long doc;

    @BeforeEach
    void openLibrary() {
        lib = Library.open(dir.resolve("library.sqlite"));
        doc = add(lib, "Field notes", "A", "Growth was strong in spring.");
    }

    @AfterEach
    void close() {
        lib.close();
    }

    @Test
    void memosOnEachKindOfTargetAreListedByTarget() {
        Memo project = lib.memos().add(MemoTarget.project(), "Research question", "Why did *growth* stall?");
        Memo source = lib.memos().add(MemoTarget.document(doc), "About the source", "Written after the strike.");
        Memo code = lib.memos().add(MemoTarget.tag(" claim / economic "), "", "Use for claims about money.");

        assertThat(lib.memos().of(MemoTarget.project())).containsExactly(project);
        assertThat(lib.memos().of(MemoTarget.document(doc))).containsExactly(source);
        assertThat(lib.memos().of(MemoTarget.tag("claim/economic"))).extracting(Memo::id).containsExactly(code.id());
        assertThat(code.target()).isEqualTo(MemoTarget.tag("claim/economic"));
        assertThat(lib.memos().list()).extracting(Memo::id).containsExactlyInAnyOrder(project.id(), source.id(), code.id());
        assertThat(project.author()).isEqualTo(lib.author());
    }

    @Test
    void searchIgnoresCaseAndAccentsAndFollowsEdits() {
        Memo m = lib.memos().add(MemoTarget.project(), "Café interviews", "Zoë said the harvest failed.");
        assertThat(lib.memos().search("zoe", 10)).extracting(Memo::id).containsExactly(m.id());
        assertThat(lib.memos().search("CAFE", 10)).extracting(Memo::id).containsExactly(m.id());
        assertThat(lib.memos().search("harv*", 10)).extracting(Memo::id).containsExactly(m.id());

        lib.memos().edit(m.id(), "Café interviews", "Nobody mentioned crops.");
        assertThat(lib.memos().search("harvest", 10)).isEmpty();
        assertThat(lib.memos().search("crops", 10)).extracting(Memo::id).containsExactly(m.id());

        lib.memos().delete(m.id());
        assertThat(lib.memos().search("crops", 10)).isEmpty();
        assertThat(lib.memos().search("\"unbalanced", 10)).isEmpty();
    }

    @Test
    void anotherAuthorsMemoCannotBeChangedOrDeleted() {
        OffsetDateTime at = OffsetDateTime.parse("2026-01-02T03:04:05Z");
        Memo theirs = lib.memos().add(new Memo("ben-1", MemoTarget.document(doc), "Ben's view", "Biased source.",
                "Ben", at, at));
        assertThatThrownBy(() -> lib.memos().edit("ben-1", "Mine now", "x")).isInstanceOf(GlossaException.class)
                .hasMessageContaining("Ben");
        assertThatThrownBy(() -> lib.memos().delete("ben-1")).isInstanceOf(GlossaException.class);
        assertThatThrownBy(() -> lib.memos().add(theirs)).isInstanceOf(GlossaException.class)
                .hasMessageContaining("already");
        assertThat(lib.memos().find("ben-1")).contains(theirs);
    }

    @Test
    void aMemoFollowsItsTagThroughARenameAndGoesWithItsDocument() {
        lib.annotate(doc, 0, 6, "yellow", "", List.of("draft"));
        lib.annotate(doc, 7, 10, "yellow", "", List.of("final"));
        Memo m = lib.memos().add(MemoTarget.tag("draft"), "", "Early code.");
        lib.tags().rename("draft", "final");
        assertThat(lib.memos().of(MemoTarget.tag("final"))).extracting(Memo::id).containsExactly(m.id());

        Memo d = lib.memos().add(MemoTarget.document(doc), "", "Gone with it.");
        lib.deleteDocument(doc);
        assertThat(lib.memos().find(d.id())).isEmpty();
    }

    @Test
    void badMemosAreRefusedWithOneLineAndChangeNothing() {
        assertThatThrownBy(() -> lib.memos().add(MemoTarget.document(9999), "", "x"))
                .isInstanceOf(GlossaException.class);
        assertThatThrownBy(() -> lib.memos().add(MemoTarget.tag(" / "), "", "x")).isInstanceOf(GlossaException.class);
        assertThatThrownBy(() -> lib.memos().add(MemoTarget.project(), "", "x".repeat(100_001)))
                .isInstanceOf(GlossaException.class).hasMessageNotContaining("\n");
        assertThatThrownBy(() -> lib.memos().edit("nope", "", "x")).isInstanceOf(GlossaException.class);
        assertThat(lib.memos().list()).isEmpty();
    }
}
