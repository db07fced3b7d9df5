package org.glossa.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.glossa.core.GlossaException;
import org.glossa.core.Library;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A library file that is deleted or replaced under an open library: the next change is refused
 * instead of going into a file nobody will open again; and a start that finds the file gone but
 * its backups there offers them instead of making a new, empty library.
 */
class VanishedLibraryTest {
    @TempDir
    Path dir;

    @Test
    void aChangeAfterTheFileWasDeletedIsRefusedWithAClearMessage() throws Exception {
        Path library = dir.resolve("library.sqlite");
        try (Library lib = Library.open(library)) {
            lib.annotateQuote(1, "the", 1, null, "before", List.of());
            Files.delete(library);
            assertThatThrownBy(() -> lib.annotateQuote(1, "the", 2, null, "after", List.of()))
                    .isInstanceOf(GlossaException.class)
                    .hasMessageContaining("was deleted or moved away while Glossa had it open, so this change was not saved")
                    .hasMessageNotContaining("\n");
        }
        assertThat(library).doesNotExist();
    }

    @Test
    void aChangeAfterTheFileWasReplacedIsRefusedAndTheNewFileIsLeftAlone() throws Exception {
        Path library = dir.resolve("library.sqlite");
        Path other = Files.createDirectory(dir.resolve("other")).resolve("library.sqlite");
        Library.open(other).close();
        try (Library lib = Library.open(library)) {
            Files.move(other, library, StandardCopyOption.REPLACE_EXISTING);
            byte[] replacement = Files.readAllBytes(library);
            assertThatThrownBy(() -> lib.annotateQuote(1, "the", 1, null, "lost?", List.of()))
                    .isInstanceOf(GlossaException.class)
                    .hasMessageContaining("was replaced by another file while Glossa had it open, so this change was not saved");
            assertThat(Files.readAllBytes(library)).isEqualTo(replacement);
        }
    }

    @Test
    void aMissingLibraryWithBackupsIsNotReplacedByAnEmptyOneAndItsNewestBackupIsNamed() throws Exception {
        Path library = dir.resolve("library.sqlite");
        try (Library lib = Library.open(library)) {
            lib.annotateQuote(1, "the", 1, null, "kept in the backup", List.of());
        }
        Library.open(library).close(); // the second open takes the first backup
        List<Backup> backups = LibraryFile.backups(library);
        assertThat(backups).hasSize(1);
        for (String suffix : List.of("", "-wal", "-shm")) {
            Files.deleteIfExists(dir.resolve("library.sqlite" + suffix));
        }

        LibraryDamagedException e = catchThrowableOfType(LibraryDamagedException.class, () -> Library.open(library));
        assertThat(e.missing()).isTrue();
        assertThat(e.backups()).isEqualTo(backups);
        assertThat(e.getMessage()).startsWith("There is no library file at " + library)
                .contains(backups.get(0).file().toString()).contains("'glossa restore'").doesNotContain("\n");
        assertThat(library).doesNotExist();

        LibraryFile.restore(library, null);
        try (Library restored = Library.open(library)) {
            assertThat(restored.allAnnotations()).extracting(a -> a.note()).containsExactly("kept in the backup");
        }
    }
}
