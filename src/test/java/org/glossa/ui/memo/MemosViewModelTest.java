package org.glossa.ui.memo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.glossa.core.search.TestDocuments.add;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.glossa.core.Library;
import org.glossa.model.Memo;
import org.glossa.model.MemoTarget;
import org.glossa.ui.SameThreadBackground;
import org.glossa.ui.StatusLine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The memo window's state without a window: drafts, saves, other authors' memos, search. */
class MemosViewModelTest {
    @TempDir
    Path dir;
    Library lib;
    SameThreadBackground background;
    MemosViewModel model;
    long doc;

    @BeforeEach
    void open() {
        lib = Library.open(dir.resolve("library.sqlite"));
        background = new SameThreadBackground();
        model = new MemosViewModel(lib, background, new StatusLine());
        doc = add(lib, "Field notes", "A", "Growth was strong in spring.");
    }

    @AfterEach
    void close() {
        lib.close();
    }

    @Test
    void aNewMemoIsWrittenOnItsFirstSaveAndEditedAfter() {
        model.openFor(MemoTarget.project());
        Memo started = model.currentProperty().get();
        assertThat(started.target()).isEqualTo(MemoTarget.project());
        assertThat(model.aboutProperty().get()).isEqualTo("Project memo");
        assertThat(model.editableProperty().get()).isTrue();
        assertThat(lib.memos().list()).isEmpty();

        model.type("Question", "Why did *growth* stall?");
        assertThat(model.hasUnsavedText()).isTrue();
        assertThat(lib.memos().list()).as("a draft until it is saved").isEmpty();
        model.flush();
        assertThat(lib.memos().list()).singleElement().satisfies(m -> {
            assertThat(m.id()).isEqualTo(started.id());
            assertThat(m.body()).isEqualTo("Why did *growth* stall?");
        });
        assertThat(model.memos()).extracting(MemosViewModel.Listed::line).containsExactly(
                "Project memo \u2014 Question \u00b7 " + lib.author());

        model.type("Question", "Why did growth stall in May?");
        model.flush();
        assertThat(lib.memos().list()).singleElement().extracting(Memo::body).isEqualTo("Why did growth stall in May?");

        // opening the project memo again finds this one, not a new one
        model.openFor(MemoTarget.document(doc));
        assertThat(model.aboutProperty().get()).isEqualTo("Document \u201cField notes\u201d");
        model.openFor(MemoTarget.project());
        assertThat(model.currentProperty().get().id()).isEqualTo(started.id());
    }

    @Test
    void choosingAnotherMemoSavesTheOneBeingTyped() {
        Memo other = lib.memos().add(MemoTarget.tag("claim"), "Claims", "Use for claims.");
        model.refreshList();
        model.openFor(MemoTarget.document(doc));
        model.type("", "Written after the strike.");

        model.select(model.memos().get(0));

        assertThat(model.currentProperty().get().id()).isEqualTo(other.id());
        assertThat(lib.memos().of(MemoTarget.document(doc))).singleElement().extracting(Memo::body)
                .isEqualTo("Written after the strike.");
        assertThat(model.aboutProperty().get()).isEqualTo("Code claim");
    }

    @Test
    void anotherAuthorsMemoIsShownNotChangedAndSearchFilters() {
        OffsetDateTime t = OffsetDateTime.of(2026, 1, 5, 10, 0, 0, 0, ZoneOffset.UTC);
        lib.memos().add(new Memo("zed-memo", MemoTarget.project(), "Zed's view", "Harvest failed.", "Zed", t, t));
        model.openFor(MemoTarget.project());
        assertThat(model.currentProperty().get().id()).as("a new memo of my own").isNotEqualTo("zed-memo");

        model.search("harvest");
        assertThat(model.memos()).extracting(l -> l.memo().id()).containsExactly("zed-memo");
        model.select(model.memos().get(0));
        assertThat(model.editableProperty().get()).isFalse();
        model.type("Mine now", "Changed");
        model.flush();
        assertThat(lib.memos().find("zed-memo")).get().extracting(Memo::body).isEqualTo("Harvest failed.");

        model.search("");
        assertThat(model.memos()).hasSize(1);
        model.search("nothing-like-this");
        assertThat(model.memos()).isEmpty();
    }

    @Test
    void deleteRemovesTheMemoInTheEditor() {
        model.openFor(MemoTarget.project());
        model.type("", "Short-lived.");
        model.flush();
        model.delete();
        assertThat(lib.memos().list()).isEmpty();
        assertThat(model.currentProperty().get()).isNull();
        assertThat(model.memos()).isEmpty();
    }
}
