package org.glossa.ui.packet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.glossa.core.search.TestDocuments.add;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.glossa.core.Library;
import org.glossa.core.packet.Packet;
import org.glossa.model.DocumentInfo;
import org.glossa.ui.SameThreadBackground;
import org.glossa.ui.StatusLine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The class packets editor's state without a window: drafts, readings in order, questions. */
class PacketEditorViewModelTest {
    @TempDir
    Path dir;
    Library lib;
    SameThreadBackground background;
    PacketEditorViewModel model;
    long spring;
    long strike;
    long harvest;

    @BeforeEach
    void open() {
        lib = Library.open(dir.resolve("library.sqlite"));
        background = new SameThreadBackground();
        model = new PacketEditorViewModel(lib, background, new StatusLine());
        spring = add(lib, "Spring notes", "Ada", "Growth was strong in spring.");
        strike = add(lib, "The strike", "Ben", "Work stopped in May.");
        harvest = add(lib, "Harvest report", "Ada", "The harvest was late.");
    }

    @AfterEach
    void close() {
        lib.close();
    }

    private Packet stored() {
        return lib.packets().get(model.currentProperty().get().id());
    }

    @Test
    void typedTitleAndIntroductionAreDraftsUntilFlushed() {
        model.create();
        assertThat(model.currentProperty().get().title()).isEqualTo("Untitled packet");
        model.type("Week 3: labour", "Read both.\n\n*Then* answer.");
        assertThat(model.hasUnsavedText()).isTrue();
        assertThat(stored().title()).as("a draft until it is saved").isEqualTo("Untitled packet");
        model.flush();
        assertThat(model.hasUnsavedText()).isFalse();
        assertThat(stored().title()).isEqualTo("Week 3: labour");
        assertThat(stored().introduction()).isEqualTo("Read both.\n\n*Then* answer.");
        assertThat(model.packets()).extracting(Packet::title).containsExactly("Week 3: labour");
    }

    @Test
    void aBlankTitleIsRefusedButTheIntroductionIsSaved() {
        model.create();
        model.type("   ", "Only the introduction.");
        model.flush();
        assertThat(stored().title()).isEqualTo("Untitled packet");
        assertThat(stored().introduction()).isEqualTo("Only the introduction.");
        assertThat(model.messageProperty().get()).contains("needs a title");
    }

    @Test
    void choosingAnotherPacketSavesTheOneBeingTyped() {
        model.create();
        long first = model.currentProperty().get().id();
        model.create();
        model.type("Second", "");
        model.select(lib.packets().get(first));
        assertThat(lib.packets().list()).extracting(Packet::title).containsExactly("Untitled packet", "Second");
        assertThat(model.title()).isEqualTo("Untitled packet");
    }

    @Test
    void readingsAreAddedReorderedAndRemovedEachInOneSave() {
        model.create();
        model.addReadings(List.of(spring, strike, spring));
        assertThat(stored().documentIds()).containsExactly(spring, strike);
        assertThat(model.readingProperty().get().documentId()).isEqualTo(spring);

        List<DocumentInfo> offered = new ArrayList<>();
        model.documentsToAdd(offered::addAll);
        assertThat(offered).extracting(DocumentInfo::id).contains(harvest).doesNotContain(spring, strike);

        model.addReadings(List.of(harvest));
        model.moveReading(2, 0);
        assertThat(stored().documentIds()).containsExactly(harvest, spring, strike);
        assertThat(model.readings()).extracting(Packet.Reading::documentId).containsExactly(harvest, spring, strike);
        model.moveReading(0, 99);
        assertThat(stored().documentIds()).containsExactly(spring, strike, harvest);

        model.removeReading(model.readings().get(1));
        assertThat(stored().documentIds()).containsExactly(spring, harvest);
        assertThat(lib.documents()).extracting(DocumentInfo::id).as("the document stays in the library")
                .contains(strike);
    }

    @Test
    void questionsAreOneParagraphEachWithTheTeachersAnswer() {
        model.create();
        model.addReadings(List.of(spring, strike));
        model.chooseReading(model.readings().get(1));
        model.typeQuestions("Why did work stop?\nAnswer: the May strike.\n\nWho led it?\nName two people.\n\n\n");
        // choosing another reading saves the questions typed on this one
        model.chooseReading(model.readings().get(0));
        Packet.Reading onStrike = stored().readings().get(1);
        assertThat(onStrike.questions()).extracting(Packet.Question::text, Packet.Question::answer).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Why did work stop?", "the May strike."),
                org.assertj.core.groups.Tuple.tuple("Who led it?\nName two people.", ""));
        assertThat(model.questions()).isEmpty();

        model.chooseReading(model.readings().get(1));
        assertThat(model.questions()).isEqualTo("Why did work stop?\nAnswer: the May strike.\n\nWho led it?\nName two people.");
        // reordering keeps the questions with their reading
        model.moveReading(1, 0);
        assertThat(stored().readings().get(0).questions()).hasSize(2);
        model.typeQuestions("");
        model.flush();
        assertThat(stored().readings().get(0).questions()).isEmpty();
    }

    @Test
    void aFailedSaveShowsWhatTheLibraryHoldsAndReportsIt() {
        model.create();
        model.type("Kept", "");
        model.flush();
        model.type("x".repeat(100_000), "");
        model.flush();
        assertThat(background.reported()).singleElement().satisfies(e -> assertThat(e).hasMessageContaining("title"));
        assertThat(model.title()).isEqualTo("Kept");
        assertThat(stored().title()).isEqualTo("Kept");
    }

    @Test
    void loadingPutsTheChosenPacketOrElseTheFirstIntoTheEditor() {
        long a = lib.packets().create("A", "").id();
        long b = lib.packets().create("B", "").id();
        model.refresh(b);
        assertThat(model.currentProperty().get().id()).isEqualTo(b);
        PacketEditorViewModel fresh = new PacketEditorViewModel(lib, background, new StatusLine());
        fresh.refresh(-1);
        assertThat(fresh.currentProperty().get().id()).isEqualTo(a);
        assertThat(fresh.packets()).hasSize(2);
    }

    @Test
    void deletingLeavesTheEditorEmpty() {
        model.create();
        model.addReadings(List.of(spring));
        model.delete();
        assertThat(model.currentProperty().get()).isNull();
        assertThat(model.readings()).isEmpty();
        assertThat(lib.packets().list()).isEmpty();
    }

    @Test
    void theChoosersFilterMatchesEveryWordInTitleOrAuthor() {
        DocumentInfo d = lib.document(strike);
        assertThat(PacketEditorViewModel.matches(d, "")).isTrue();
        assertThat(PacketEditorViewModel.matches(d, "STRIKE ben")).isTrue();
        assertThat(PacketEditorViewModel.matches(d, "strike ada")).isFalse();
    }

    @Test
    void aReloadAfterASyncShowsTheOpenPacketAsItIsNowOnTheSameReading() {
        model.create();
        long id = model.currentProperty().get().id();
        model.addReadings(List.of(spring, strike));
        model.chooseReading(model.readings().get(1));
        lib.packets().update(id, "Week 3, reworded", "Now read all.");
        lib.packets().addQuestion(id, strike, "Why May?", "");
        model.reload();
        assertThat(model.title()).isEqualTo("Week 3, reworded");
        assertThat(model.introduction()).isEqualTo("Now read all.");
        assertThat(model.readingProperty().get().documentId()).isEqualTo(strike);
        assertThat(model.questions()).isEqualTo("Why May?");
        assertThat(model.currentProperty().get().id()).isEqualTo(id);
    }

    @Test
    void aReloadAfterASyncNeverReplacesTextTypedAndNotYetSaved() {
        model.create();
        long id = model.currentProperty().get().id();
        lib.packets().update(id, "Arrived meanwhile", "");
        model.type("Being typed", "half a sen");
        model.reload();
        assertThat(model.packets()).extracting(Packet::title).contains("Arrived meanwhile");
        assertThat(model.title()).isEqualTo("Being typed");
        assertThat(model.introduction()).isEqualTo("half a sen");
        assertThat(model.hasUnsavedText()).isTrue();
        model.flush();
        assertThat(stored().title()).isEqualTo("Being typed");
    }
}
