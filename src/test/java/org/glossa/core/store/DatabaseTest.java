package org.glossa.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.glossa.Fixtures;
import org.glossa.core.GlossaException;
import org.glossa.core.Library;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DatabaseTest {
    @TempDir
    Path dir;

    private static String pragma(Connection c, String name) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA " + name)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private static long count(Path file, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void theConnectionUsesWalFullSyncAndForeignKeys() {
        try (Database db = Database.open(dir.resolve("lib.sqlite"))) {
            String journal = db.read(c -> pragma(c, "journal_mode"));
            String foreignKeys = db.read(c -> pragma(c, "foreign_keys"));
            String synchronous = db.read(c -> pragma(c, "synchronous"));
            String busyTimeout = db.read(c -> pragma(c, "busy_timeout"));
            assertThat(journal).isEqualToIgnoringCase("wal");
            assertThat(foreignKeys).isEqualTo("1");
            assertThat(synchronous).isEqualTo("2");
            assertThat(Integer.parseInt(busyTimeout)).isPositive();
        }
    }

    @Test
    void walModeIsRecordedInTheFileForOtherConnections() throws SQLException {
        Path file = dir.resolve("lib.sqlite");
        Database.open(file).close();
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            assertThat(pragma(other, "journal_mode")).isEqualToIgnoringCase("wal");
        }
    }

    @Test
    void aNewFileGetsTheLatestSchemaVersionAndReopeningKeepsIt() throws SQLException {
        Path file = dir.resolve("lib.sqlite");
        assertThat(Database.latestVersion()).isPositive();
        try (Database db = Database.open(file)) {
            assertThat(db.wasCreated()).isTrue();
            assertThat(db.userVersion()).isEqualTo(Database.latestVersion());
        }
        try (Database db = Database.open(file)) {
            assertThat(db.wasCreated()).isFalse();
            assertThat(db.userVersion()).isEqualTo(Database.latestVersion());
        }
    }

    @ParameterizedTest(name = "{0} bytes")
    @ValueSource(ints = {1, 12, 99, 100, 8000})
    void aFileThatIsNotSqliteIsRefusedAndLeftUnchanged(int size) throws Exception {
        Path file = dir.resolve("notes.sqlite");
        String line = "this is a shopping list, not a database\n";
        Files.writeString(file, line.repeat(size / line.length() + 1).substring(0, size), StandardCharsets.UTF_8);
        byte[] before = Files.readAllBytes(file);

        assertThatThrownBy(() -> Library.open(file))
                .isInstanceOf(GlossaException.class)
                .hasMessageContaining(file.toString());
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void theDatabaseOfAnotherProgramIsRefusedAndLeftUnchanged() throws Exception {
        Path file = dir.resolve("bookmarks.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE bookmark(url TEXT)");
            s.execute("INSERT INTO bookmark VALUES ('https://example.org')");
        }
        byte[] before = Files.readAllBytes(file);

        assertThatThrownBy(() -> Library.open(file))
                .isInstanceOf(GlossaException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("not a Glossa library");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(count(file, "SELECT count(*) FROM sqlite_master WHERE name = 'document'")).isZero();
    }

    @Test
    void anEmptyFileBecomesANewLibrary() throws Exception {
        Path file = Files.createFile(dir.resolve("empty.sqlite"));
        try (Library library = Library.open(file)) {
            assertThat(library.documents()).hasSize(1);
        }
    }

    @Test
    void aLibraryWrittenByANewerGlossaIsRefusedAndKeepsItsVersion() throws SQLException {
        Path file = dir.resolve("lib.sqlite");
        Database.open(file).close();
        int newer = Database.latestVersion() + 1;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("PRAGMA user_version = " + newer);
        }

        assertThatThrownBy(() -> Database.open(file)).isInstanceOf(GlossaException.class)
                .hasMessageContaining("newer Glossa").hasMessageContaining(String.valueOf(newer));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            assertThat(pragma(c, "user_version")).isEqualTo(String.valueOf(newer));
        }
    }

    @Test
    void aLibraryInAFolderThatDoesNotExistYetIsCreatedWithTheSample() {
        Path file = dir.resolve("not/yet/there/library.sqlite");
        try (Library library = Library.open(file)) {
            assertThat(library.documents()).hasSize(1);
        }
        assertThat(file).isRegularFile();
    }

    @Test
    void aFolderIsNotALibrary() {
        assertThatThrownBy(() -> Database.open(dir)).isInstanceOf(GlossaException.class)
                .hasMessageContaining("not a library");
    }

    @Test
    void deletingADocumentDeletesItsStructureAnnotationsAndTheirTagLinks() throws SQLException {
        Path file = dir.resolve("library.sqlite");
        try (Library library = Fixtures.open(file)) {
            long doc = Fixtures.sampleId(library);
            library.annotate(doc, 2, 9, "yellow", "note", List.of("claim", "evidence"));
            library.annotate(doc, 12, 20, "green", "", List.of("claim"));
            assertThat(count(file, "SELECT count(*) FROM annotation_tag")).isEqualTo(3);

            library.deleteDocument(doc);

            assertThat(library.documents()).isEmpty();
            assertThat(library.allAnnotations()).isEmpty();
            assertThatThrownBy(() -> library.annotations(doc)).isInstanceOf(GlossaException.class);
        }
        for (String table : List.of("document", "block", "mark", "annotation", "annotation_tag")) {
            assertThat(count(file, "SELECT count(*) FROM " + table)).as(table).isZero();
        }
    }
}
