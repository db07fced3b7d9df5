package org.glossa.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.glossa.Fixtures;
import org.glossa.core.LibraryLock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening the library while JavaFX starts, and handing it to the window. */
class StartupLoadTest {
    @TempDir
    Path dir;

    @Test
    void theLoadBegunAtLaunchIsTheOneTheWindowTakes() {
        Path file = dir.resolve("library.sqlite");
        StartupLoad.beginAtLaunch(file);

        StartupLoad.Result result = StartupLoad.take(file);
        try {
            assertThat(result.error()).isNull();
            assertThat(result.library().file()).isEqualTo(file);
            assertThat(result.firstView().opened().document().title()).isEqualTo(Fixtures.SAMPLE_TITLE);
        } finally {
            result.close();
        }
    }

    @Test
    void aLoadBegunForAnotherLibraryIsClosedAndTheAskedOneOpened() {
        Path other = dir.resolve("other.sqlite");
        Path asked = dir.resolve("asked.sqlite");
        StartupLoad.beginAtLaunch(other);

        StartupLoad.Result result = StartupLoad.take(asked);
        try {
            assertThat(result.library().file()).isEqualTo(asked);
            // the other library is no longer held: a second Glossa could open it
            LibraryLock.acquire(other).close();
        } finally {
            result.close();
        }
    }

    @Test
    void aDeletedLibraryWithBackupsIsOfferedForRestoreInsteadOfStartedAfresh() throws Exception {
        Path file = dir.resolve("library.sqlite");
        org.glossa.core.Library.open(file).close();
        org.glossa.core.Library.open(file).close(); // the second open takes a backup
        Files.delete(file);

        StartupLoad.Result result = StartupLoad.take(file);

        assertThat(result.library()).isNull();
        assertThat(result.lock()).isNull();
        assertThat(result.damaged()).isNotNull();
        assertThat(result.damaged().missing()).isTrue();
        assertThat(result.damaged().backups()).hasSize(1);
        assertThat(result.error()).contains("There is no library file");
        assertThat(file).doesNotExist();
        LibraryLock.acquire(file).close();
    }

    @Test
    void aFileThatIsNotALibraryGivesAMessageAndHoldsNoLock() throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.sqlite"), "these are not the droids");

        StartupLoad.Result result = StartupLoad.take(notes);

        assertThat(result.library()).isNull();
        assertThat(result.lock()).isNull();
        assertThat(result.error()).contains("not a Glossa library");
        LibraryLock.acquire(notes).close();
    }
}
