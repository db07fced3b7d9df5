package org.glossa.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.stream.IntStream;
import org.glossa.core.Library;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * A fixture per schema version: a library built with the migrations up to version v only, with
 * data written as that version knew it, must open with today's code with its data intact, at the
 * latest version, and (when it was upgraded) with a copy of the old file in backups/.
 */
class MigrationFixturesTest {
    static final String ANNOTATION = "11111111-2222-3333-4444-555555555555";

    @TempDir
    Path dir;

    static IntStream schemaVersions() {
        return IntStream.rangeClosed(1, Database.latestVersion());
    }

    @ParameterizedTest(name = "schema {0}")
    @MethodSource("schemaVersions")
    void aLibraryOfEverySchemaVersionOpensWithItsDataAfterUpgrade(int version) throws Exception {
        Path library = dir.resolve("v" + version + ".sqlite");
        buildAtVersion(library, version);

        try (Library lib = Library.open(library)) {
            assertThat(lib.documents()).singleElement().satisfies(d -> assertThat(d.title()).isEqualTo("Old notes"));
            assertThat(lib.annotation(ANNOTATION).note()).isEqualTo("written by schema " + version);
            assertThat(lib.annotation(ANNOTATION).quote().exact()).isEqualTo("quick");
        }
        try (Database db = Database.open(library)) {
            assertThat(db.userVersion()).isEqualTo(Database.latestVersion());
        }
        var beforeUpgrade = LibraryFile.backups(library).stream().filter(b -> !b.rolling()).toList();
        if (version < Database.latestVersion()) {
            assertThat(beforeUpgrade).singleElement()
                    .satisfies(b -> assertThat(b.schemaBefore()).hasValue(version));
        } else {
            assertThat(beforeUpgrade).as("nothing to upgrade, so no pre-upgrade copy").isEmpty();
        }
    }

    private static void buildAtVersion(Path library, int version) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + library); Statement s = c.createStatement()) {
            for (int v = 1; v <= version; v++) {
                for (String statement : SqlScript.split(migration(v))) {
                    s.execute(statement);
                }
            }
            s.execute("PRAGMA user_version = " + version);
            // columns of schema 1: every later schema must keep them (or migrate them)
            s.execute("INSERT INTO document(id, title, format, content_hash, text, added)"
                    + " VALUES (1, 'Old notes', 'text', 'hash-v" + version + "', 'The quick brown fox.',"
                    + " '2024-01-01T00:00:00Z')");
            s.execute("INSERT INTO block(document_id, seq, kind, start_pos, end_pos) VALUES (1, 0, 'PARAGRAPH', 0, 20)");
            s.execute("INSERT INTO annotation(id, document_id, start_pos, end_pos, exact, prefix, suffix, color, note,"
                    + " created, modified) VALUES ('" + ANNOTATION + "', 1, 4, 9, 'quick', 'The ', ' brown fox.',"
                    + " 'yellow', 'written by schema " + version + "', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z')");
        }
    }

    private static String migration(int version) throws IOException {
        try (InputStream in = Database.class.getResourceAsStream(String.format("/db/migrations/%03d.sql", version))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
