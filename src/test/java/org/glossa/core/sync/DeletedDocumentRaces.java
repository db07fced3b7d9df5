package org.glossa.core.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import org.glossa.model.Annotation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A document deleted on one of an author's devices while another of their devices went on
 * working on it. The deletion removes only what the deleting device had: an annotation added, or
 * an edit made, on the other device is never lost, in whichever order the two devices sync. A
 * third device of the same author, synced last, shows what the remote kept. The same scenarios
 * run on a folder remote and on a real WebDAV server (the subclasses).
 */
abstract class DeletedDocumentRaces {
    private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");

    @TempDir
    Path dir;
    Device laptop;
    Device tablet;
    private Device phone;
    private Annotation kept;
    private long second;

    /** One sync of a device with the remote the subclass provides. */
    abstract SyncReport sync(Device d);

    @BeforeEach
    void open() throws Exception {
        laptop = new Device(dir.resolve("laptop.sqlite"), "anna", T0);
        tablet = new Device(dir.resolve("tablet.sqlite"), "anna", T0);
        phone = new Device(dir.resolve("phone.sqlite"), "anna", T0);
        second = laptop.importSecond();
        kept = laptop.highlight(second, "agreed on nothing", "Typical.");
        sync(laptop);
        sync(tablet);
        assertThat(tablet.library.findAnnotation(kept.id())).isPresent();
    }

    @AfterEach
    void close() {
        laptop.close();
        tablet.close();
        phone.close();
    }

    private static boolean has(Device d, String title) {
        return d.library.documents().stream().anyMatch(x -> x.title().equals(title));
    }

    private Annotation addOnTablet() {
        return tablet.highlight(tablet.documentTitled("Second reading"), "committee", "Who?");
    }

    /** Both devices sync until nothing moves, and then a fresh device shows what the remote holds. */
    private void settle() {
        sync(laptop);
        sync(tablet);
        assertThat(sync(laptop).pushed()).isZero();
        assertThat(sync(tablet).pushed()).isZero();
        assertThat(sync(tablet).pulled()).isZero();
        sync(phone);
    }

    @Test
    void anAnnotationAddedOnAnotherDeviceBeforeTheDeletionReachesTheRemoteSurvivesIt() {
        laptop.library.deleteDocument(second);
        Annotation added = addOnTablet();
        sync(tablet);
        sync(laptop);
        settle();
        for (Device d : new Device[] {tablet, phone}) {
            assertThat(has(d, "Second reading")).isTrue();
            assertThat(d.library.findAnnotation(added.id())).get().extracting(Annotation::note).isEqualTo("Who?");
            assertThat(d.library.findAnnotation(kept.id())).isEmpty();
        }
        assertThat(has(laptop, "Second reading")).isFalse();
    }

    @Test
    void anAnnotationAddedOnAnotherDeviceAfterTheDeletionReachedTheRemoteSurvivesIt() {
        laptop.library.deleteDocument(second);
        sync(laptop);
        Annotation added = addOnTablet();
        sync(tablet);
        settle();
        for (Device d : new Device[] {tablet, phone}) {
            assertThat(has(d, "Second reading")).isTrue();
            assertThat(d.library.findAnnotation(added.id())).isPresent();
            assertThat(d.library.findAnnotation(kept.id())).isEmpty();
        }
    }

    @Test
    void anEditOnAnotherDeviceThatTheDeletingDeviceNeverSawSurvivesTheDeletion() {
        laptop.library.deleteDocument(second);
        tablet.note(kept.id(), "Typical, and telling.");
        sync(tablet);
        sync(laptop);
        theEditIsKeptWithItsDocument();
    }

    @Test
    void anEditNotYetSyncedWhenTheDeletionArrivesSurvivesIt() {
        laptop.library.deleteDocument(second);
        sync(laptop);
        tablet.note(kept.id(), "Typical, and telling.");
        sync(tablet);
        theEditIsKeptWithItsDocument();
    }

    @Test
    void aDocumentDeletedOnBothDevicesIsGoneEverywhereAndNothingMovesAgain() {
        laptop.library.deleteDocument(second);
        tablet.library.deleteDocument(tablet.documentTitled("Second reading"));
        sync(laptop);
        sync(tablet);
        settle();
        for (Device d : new Device[] {laptop, tablet, phone}) {
            assertThat(has(d, "Second reading")).isFalse();
            assertThat(d.library.findAnnotation(kept.id())).isEmpty();
        }
    }

    private void theEditIsKeptWithItsDocument() {
        settle();
        for (Device d : new Device[] {tablet, phone}) {
            assertThat(has(d, "Second reading")).isTrue();
            assertThat(d.library.findAnnotation(kept.id())).get().extracting(Annotation::note)
                    .isEqualTo("Typical, and telling.");
        }
    }
}
