package org.glossa.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.glossa.core.Library;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A library opened with its check behind the open reads at once, yet a damaged file is still
 * never written, and the rolling backup is taken only of a file that passed the check.
 */
class BackgroundCheckTest {
    @TempDir
    Path dir;

    @Test
    void aSoundLibraryReadsAtOnceAndIsBackedUpOnceItsCheckPassed() throws Exception {
        Path library = LibraryFixtures.annotatedLibrary(dir);
        assertThat(LibraryFile.backups(library)).isEmpty();

        try (Library lib = Library.openCheckingInBackground(library, "Ana")) {
            assertThat(lib.allAnnotations()).hasSize(30);
            List<String> problems = lib.checked().toCompletableFuture().get(60, TimeUnit.SECONDS);

            assertThat(problems).isEmpty();
            assertThat(LibraryFile.backups(library)).hasSize(1);
            lib.setSetting("probe", "written");
            assertThat(lib.setting("probe")).contains("written");
            assertThat(lib.author()).isEqualTo("Ana");
        }
    }

    @Test
    void aDamagedLibraryIsReportedByItsCheckAndNoWriteReachesIt() throws Exception {
        Path library = LibraryFixtures.annotatedLibrary(dir);
        damageTheMiddle(library);
        byte[] before = Files.readAllBytes(library);

        try (Library lib = Library.openCheckingInBackground(library, null)) {
            List<String> problems = lib.checked().toCompletableFuture().get(60, TimeUnit.SECONDS);

            assertThat(problems).isNotEmpty();
            assertThatThrownBy(() -> lib.setSetting("probe", "lost")).isInstanceOf(LibraryDamagedException.class)
                    .hasMessageContaining("is damaged").hasMessageNotContaining("\n");
            assertThatThrownBy(() -> lib.setSetting("probe", "again")).isInstanceOf(LibraryDamagedException.class);
        }
        assertThat(Files.readAllBytes(library)).isEqualTo(before);
        assertThat(LibraryFile.backups(library)).isEmpty();
    }

    @Test
    void aWriteStartedBeforeTheCheckIsDoneWaitsForItsVerdict() throws Exception {
        Path library = LibraryFixtures.annotatedLibrary(dir);
        damageTheMiddle(library);
        byte[] before = Files.readAllBytes(library);

        try (Library lib = Library.openCheckingInBackground(library, null)) {
            assertThatThrownBy(() -> lib.setSetting("probe", "at once")).isInstanceOf(LibraryDamagedException.class);
        }
        assertThat(Files.readAllBytes(library)).isEqualTo(before);
    }

    @Test
    void theCheckWaitsUntilTheWindowBeginsItOrAWriteNeedsIt() throws Exception {
        Path library = LibraryFixtures.annotatedLibrary(dir);

        Database waiting = Database.openCheckingInBackground(library, TimeUnit.HOURS.toMillis(1));
        try {
            waiting.read(c -> c.createStatement().executeQuery("SELECT count(*) FROM annotation").getInt(1));
            assertThat(waiting.checked().toCompletableFuture().isDone()).isFalse();
            assertThat(LibraryFile.backups(library)).isEmpty();

            waiting.beginCheck();

            assertThat(waiting.checked().toCompletableFuture().get(60, TimeUnit.SECONDS)).isEmpty();
            assertThat(LibraryFile.backups(library)).hasSize(1);
        } finally {
            waiting.close();
        }

        Path other = LibraryFixtures.annotatedLibrary(dir.resolve("other"));
        Database writing = Database.openCheckingInBackground(other, TimeUnit.HOURS.toMillis(1));
        try {
            // a write needs the verdict: it starts the check and waits for it
            writing.inTransaction(c -> c.createStatement().executeUpdate("DELETE FROM annotation WHERE 0"));
            assertThat(writing.checked().toCompletableFuture().isDone()).isTrue();
        } finally {
            writing.close();
        }
    }

    @Test
    void aLibraryClosedBeforeItsCheckBeganIsNeitherCheckedNorBackedUp() throws Exception {
        Path library = LibraryFixtures.annotatedLibrary(dir);

        Database db = Database.openCheckingInBackground(library, TimeUnit.HOURS.toMillis(1));
        db.close();

        assertThat(db.checked().toCompletableFuture().get(60, TimeUnit.SECONDS)).isEmpty();
        assertThat(LibraryFile.backups(library)).isEmpty();
    }

    private static void damageTheMiddle(Path library) throws Exception {
        long size = Files.size(library);
        try (RandomAccessFile raf = new RandomAccessFile(library.toFile(), "rw")) {
            raf.seek(size / 2 / 4096 * 4096); // the start of a page in the middle: a b-tree page header
            raf.write(new byte[4096]);
        }
    }
}
