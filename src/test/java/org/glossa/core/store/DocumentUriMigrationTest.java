package org.glossa.core.store;

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

/** Schema 2 gives documents that were stored under schema 1 the uri they would have been given. */
class DocumentUriMigrationTest {
    @TempDir
    Path dir;

    @Test
    void aLibraryFromSchemaOneGetsAStableUriForEveryDocument() throws Exception {
        Path file = dir.resolve("old.sqlite");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             InputStream in = Database.class.getResourceAsStream("/db/migrations/001.sql");
             Statement s = c.createStatement()) {
            for (String sql : SqlScript.split(new String(in.readAllBytes(), StandardCharsets.UTF_8))) {
                s.execute(sql);
            }
            s.execute("PRAGMA user_version = 1");
            s.execute("INSERT INTO document(id, title, source, format, content_hash, text, added) VALUES"
                    + " (1, 'Web', 'https://example.org/a', 'html', 'aaa', 'text a', '2024-01-01T00:00:00Z'),"
                    + " (2, 'File', '/home/me/b.txt', 'text', 'bbb', 'text b', '2024-01-01T00:00:00Z')");
        }
        try (Library lib = Library.open(file)) {
            assertThat(lib.documentUri(1)).isEqualTo("https://example.org/a");
            assertThat(lib.documentUri(2)).isEqualTo("urn:sha256:bbb");
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement();
             var rs = s.executeQuery("SELECT count(*) FROM document WHERE uri IS NULL")) {
            rs.next();
            assertThat(rs.getInt(1)).isZero();
        }
    }
}
