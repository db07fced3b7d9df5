package org.glossa.core.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.glossa.core.Library;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A library written before search existed gets its index on the first open and search. */
class MigrationBackfillTest {
    @TempDir
    Path dir;

    @Test
    void aSchemaOneLibraryIsIndexedWithItsAnnotationsAndTags() throws Exception {
        Path file = dir.resolve("old.sqlite");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement();
             InputStream in = Library.class.getResourceAsStream("/db/migrations/001.sql")) {
            for (String statement : new String(in.readAllBytes(), StandardCharsets.UTF_8).split(";")) {
                if (statement.contains("CREATE")) {
                    s.execute(statement);
                }
            }
            s.execute("INSERT INTO document(id, title, author, format, content_hash, text, added) VALUES"
                    + " (1, 'Old paper', 'Zoë Old', 'text', 'h1', 'Barley and rye grew well.', '2025-01-01T00:00:00Z')");
            s.execute("INSERT INTO block VALUES (1, 0, 'PARAGRAPH', 0, 25, 0)");
            s.execute("INSERT INTO annotation(id, document_id, start_pos, end_pos, exact, color, note, author, created,"
                    + " modified) VALUES ('a1', 1, 0, 6, 'Barley', 'green', 'cereal crop', 'ann',"
                    + " '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z')");
            s.execute("INSERT INTO tag(id, name) VALUES (1, 'crop/grain')");
            s.execute("INSERT INTO annotation_tag VALUES ('a1', 1, 0)");
            s.execute("PRAGMA user_version = 1");
        }
        try (Library lib = Library.open(file)) {
            assertThat(lib.search().find("rye", 10)).extracting(SearchHit::documentId).containsExactly(1L);
            assertThat(lib.search().find("cereal", 10)).extracting(SearchHit::annotationId).containsExactly("a1");
            assertThat(lib.search().find("grain", 10)).extracting(SearchHit::annotationId).containsExactly("a1");
            assertThat(lib.search().find("author:zoe rye", 10)).hasSize(1);
            assertThat(lib.claims().rows("tag:crop")).hasSize(1);
        }
    }
}
