package org.glossa.core.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.List;
import org.glossa.core.Library;

/**
 * One highlight saved through the library (checked, quoted, one transaction, WAL and
 * synchronous=FULL) in the 3 MB book, against a bare SQLite insert of the same range with the
 * same settings into the same file. The two alternate so that a busy moment hits both.
 */
final class AnnotationCommitBench implements BenchSection {
    @Override
    public String name() {
        return "annotate";
    }

    @Override
    public List<Figure> run(BenchSettings settings) throws Exception {
        Path dir = Files.createTempDirectory("glossa-bench-annotate");
        GeneratedBook book = GeneratedBook.generate();
        List<int[]> ranges = book.highlights();
        int n = Math.min(ranges.size(), settings.reps(200, 20));
        double[] glossa = new double[n];
        double[] bare = new double[n];
        Path file = dir.resolve("annotate.sqlite");
        try (Library library = Library.open(file);
             Connection raw = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath())) {
            long doc = library.importDocument(book.document()).id();
            try (Statement s = raw.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                s.execute("PRAGMA synchronous=FULL");
                s.execute("PRAGMA busy_timeout=5000");
                s.execute("CREATE TABLE bench_insert(id INTEGER PRIMARY KEY, start_pos INT, end_pos INT, exact TEXT)");
            }
            String text = book.document().content().text();
            settings.say("annotate: " + n + " commits each");
            try (PreparedStatement ps = raw.prepareStatement(
                    "INSERT INTO bench_insert(start_pos, end_pos, exact) VALUES (?, ?, ?)")) {
                for (int i = 0; i < n; i++) {
                    int[] r = ranges.get(i * ranges.size() / n);
                    long t0 = System.nanoTime();
                    library.annotate(doc, r[0], r[1], "yellow", "", List.of());
                    glossa[i] = Stats.ms(System.nanoTime() - t0);
                    t0 = System.nanoTime();
                    ps.setInt(1, r[0]);
                    ps.setInt(2, r[1]);
                    ps.setString(3, text.substring(r[0], r[1]));
                    ps.executeUpdate();
                    bare[i] = Stats.ms(System.nanoTime() - t0);
                }
            }
        } finally {
            TempFiles.deleteTree(dir);
        }
        return List.of(new Figure(name(), "annotation commit p50", "ms", Stats.p50(glossa), Stats.p50(bare),
                Budget.below(16), "bare SQLite insert, same file and pragmas"));
    }
}
