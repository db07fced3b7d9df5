package org.glossa.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.glossa.core.Library;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rolling backups: taken on open when the library changed, not more often than the interval, kept within a limit. */
class BackupsTest {
    private static final BackupPolicy EVERY_CHANGE = new BackupPolicy(Clock.systemUTC(), Duration.ZERO, 3);

    @TempDir
    Path dir;

    @Test
    void aNewLibraryHasNoBackupAndReopeningItTakesOne() throws Exception {
        Path library = LibraryFixtures.annotatedLibrary(dir);
        assertThat(LibraryFile.backups(library)).isEmpty();
        Database.open(library, EVERY_CHANGE).close();
        List<Backup> backups = LibraryFile.backups(library);
        assertThat(backups).hasSize(1);
        assertThat(backups.get(0).file().getParent()).isEqualTo(library.toAbsolutePath().resolveSibling("backups"));
        assertThat(LibraryCheck.problems(backups.get(0).file(), true)).isEmpty();
    }

    @Test
    void reopeningAnUnchangedLibraryTakesNoFurtherBackup() throws Exception {
        Path library = LibraryFixtures.annotatedLibrary(dir);
        Database.open(library, EVERY_CHANGE).close();
        Database.open(library, EVERY_CHANGE).close();
        Database.open(library, EVERY_CHANGE).close();
        assertThat(LibraryFile.backups(library)).hasSize(1);
    }

    @Test
    void changesWithinTheIntervalTakeNoBackup() throws Exception {
        Path library = LibraryFixtures.annotatedLibrary(dir);
        BackupPolicy sixHours = new BackupPolicy(Clock.systemUTC(), Duration.ofHours(6), 3);
        Database.open(library, sixHours).close();
        change(library);
        Database.open(library, sixHours).close();
        assertThat(LibraryFile.backups(library)).hasSize(1);
    }

    @Test
    void onlyTheNewestBackupsAreKept() throws Exception {
        Path library = LibraryFixtures.annotatedLibrary(dir);
        for (int i = 0; i < 5; i++) {
            Database.open(library, EVERY_CHANGE).close();
            change(library);
        }
        List<Backup> backups = LibraryFile.backups(library);
        assertThat(backups).hasSize(3);
        assertThat(backups).isSortedAccordingTo((a, b) -> b.taken().compareTo(a.taken()));
        try (var files = Files.list(library.toAbsolutePath().resolveSibling("backups"))) {
            assertThat(files.count()).isEqualTo(3); // older ones deleted, no .partial left over
        }
    }

    private static void change(Path library) {
        try (Library lib = Library.open(library)) {
            lib.setSetting("touched", String.valueOf(System.nanoTime()));
        }
    }
}
