package org.glossa.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.glossa.core.Library;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A damaged file is refused before anything writes to it, and the newest backup brings the work back. */
class CorruptionTest {
    @TempDir
    Path dir;

    @Test
    void garbageInTheMiddleOfThePagesIsDetectedNamesTheNewestBackupAndLeavesTheFileAlone() throws Exception {
        Path library = backedUpLibrary();
        long size = Files.size(library);
        try (RandomAccessFile raf = new RandomAccessFile(library.toFile(), "rw")) {
            raf.seek(size / 2 / 4096 * 4096); // the start of a page in the middle: a b-tree page header
            raf.write(new byte[4096]);
        }
        assertRefusedUnchangedAndRestorable(library);
    }

    @Test
    void aTruncatedFileIsDetectedAndLeftAlone() throws Exception {
        Path library = backedUpLibrary();
        try (RandomAccessFile raf = new RandomAccessFile(library.toFile(), "rw")) {
            raf.setLength(raf.length() / 2);
        }
        assertRefusedUnchangedAndRestorable(library);
    }

    @Test
    void aFileThatIsNotADatabaseIsDetected() throws Exception {
        Path library = backedUpLibrary();
        Files.writeString(library, "these are my notes, not a database ".repeat(200));
        assertRefusedUnchangedAndRestorable(library);
    }

    @Test
    void checkReportsNoProblemsForASoundLibraryAndSomeForADamagedOne() throws Exception {
        Path library = LibraryFixtures.annotatedLibrary(dir);
        assertThat(LibraryFile.check(library)).isEmpty();
        try (RandomAccessFile raf = new RandomAccessFile(library.toFile(), "rw")) {
            raf.seek(4096);
            raf.write(new byte[4096]);
        }
        assertThat(LibraryFile.check(library)).isNotEmpty();
    }

    /** A library whose newest backup holds all 30 annotations (a backup is taken on reopen). */
    private Path backedUpLibrary() throws Exception {
        Path library = LibraryFixtures.annotatedLibrary(dir);
        Database.open(library, new BackupPolicy(Clock.systemUTC(), Duration.ZERO, 5)).close();
        assertThat(LibraryFile.backups(library)).hasSize(1);
        return library;
    }

    private void assertRefusedUnchangedAndRestorable(Path library) throws Exception {
        byte[] before = Files.readAllBytes(library);
        Backup newest = LibraryFile.backups(library).get(0);

        LibraryDamagedException e = catchThrowableOfType(LibraryDamagedException.class, () -> Library.open(library));

        assertThat(e).isNotNull();
        assertThat(e.getMessage()).contains("is damaged").contains(newest.file().toString())
                .contains("glossa restore").doesNotContain("\n");
        assertThat(e.backups()).containsExactly(newest);
        assertThat(Files.readAllBytes(library)).isEqualTo(before);
        assertThat(LibraryFile.backups(library)).containsExactly(newest);

        Path aside = LibraryFile.restore(library, null);

        assertThat(Files.readAllBytes(aside)).isEqualTo(before);
        try (Library lib = Library.open(library)) {
            assertThat(lib.allAnnotations()).hasSize(30);
        }
    }
}
