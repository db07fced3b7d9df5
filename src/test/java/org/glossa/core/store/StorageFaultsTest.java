package org.glossa.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.ResultSet;
import java.sql.Statement;
import org.glossa.core.GlossaException;
import org.glossa.core.Library;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A full disk and a read-only file: a clear one-line message, and nothing already saved is lost. */
class StorageFaultsTest {
    @TempDir
    Path dir;

    @Test
    void aFullDiskFailsTheWriteWithAClearMessageAndKeepsEarlierWork() throws Exception {
        Path library = LibraryFixtures.annotatedLibrary(dir);
        try (Database db = Database.open(library)) {
            // SQLite answers SQLITE_FULL once the file would grow past max_page_count, as on a full disk
            db.read(c -> {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA page_count")) {
                    rs.next();
                    return s.execute("PRAGMA max_page_count = " + rs.getInt(1));
                }
            });
            assertThatThrownBy(() -> db.inTransaction(c -> {
                try (var ps = c.prepareStatement("INSERT INTO setting(key, value) VALUES ('big', ?)")) {
                    ps.setString(1, "x".repeat(1_000_000));
                    return ps.executeUpdate();
                }
            })).isInstanceOf(GlossaException.class)
                    .hasMessageStartingWith("The disk is full")
                    .hasMessageContaining("earlier work is safe")
                    .hasMessageNotContaining("\n");
        }
        try (Library lib = Library.open(library)) {
            assertThat(lib.allAnnotations()).hasSize(30);
            assertThat(lib.setting("big")).isEmpty();
        }
        assertThat(LibraryFile.check(library)).isEmpty();
    }

    @Test
    void aWriteThroughAReadOnlyConnectionIsRefusedAsReadOnly() throws Exception {
        Path library = LibraryFixtures.annotatedLibrary(dir);
        try (Database db = Database.openReadOnly(library)) {
            assertThatThrownBy(() -> db.inTransaction(c -> c.createStatement().executeUpdate("DELETE FROM annotation")))
                    .isInstanceOf(GlossaException.class)
                    .hasMessageContaining("is read-only, so nothing can be saved");
        }
        try (Library lib = Library.open(library)) {
            assertThat(lib.allAnnotations()).hasSize(30);
        }
    }

    @Test
    void aLibraryFileAndFolderWithoutWritePermissionIsRefusedUnchanged() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("ro"));
        Path library = LibraryFixtures.annotatedLibrary(folder);
        byte[] before = Files.readAllBytes(library);
        Files.setPosixFilePermissions(library, PosixFilePermissions.fromString("r--r--r--"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            // root ignores permission bits, so there is nothing to test as root (CI containers)
            Assumptions.assumeFalse(Files.isWritable(library), "running as root: permissions do not stop writes");
            assertThatThrownBy(() -> Library.open(library)).isInstanceOf(GlossaException.class)
                    .hasMessageContaining("is read-only");
            assertThat(Files.readAllBytes(library)).isEqualTo(before);
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
            Files.setPosixFilePermissions(library, PosixFilePermissions.fromString("rw-------"));
        }
    }
}
