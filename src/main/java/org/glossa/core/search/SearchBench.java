package org.glossa.core.search;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import org.glossa.core.Library;
import org.glossa.core.bench.BenchSection;
import org.glossa.core.bench.BenchSettings;
import org.glossa.core.bench.Budget;
import org.glossa.core.bench.Figure;
import org.glossa.core.bench.GeneratedLibrary;
import org.glossa.core.bench.Stats;
import org.glossa.core.bench.TempFiles;

/**
 * Library search on a generated library of 5,000 documents and 100,000 annotations: about 20
 * typical queries (words common and rare, phrases, prefixes, {@code tag:}, Cyrillic, accents),
 * each through {@link Search#find} with its snippets, beside the same words as a raw FTS5 query
 * (MATCH, bm25 order, {@code snippet()}) on the same file, a copy of {@link GeneratedLibrary}.
 */
public final class SearchBench implements BenchSection {
    /** Issue 15: a search answers, snippets included, within 20 ms at the median. */
    static final double P50_MS = 20;
    private static final int LIMIT = 20;

    @Override
    public String name() {
        return "search";
    }

    @Override
    public List<Figure> run(BenchSettings settings) throws Exception {
        int documents = settings.reps(5000, 200);
        int annotations = settings.reps(100_000, 4000);
        Path dir = Files.createTempDirectory("glossa-bench-search");
        try {
            Path file = dir.resolve("search.sqlite");
            Files.copy(GeneratedLibrary.cached(documents, annotations, settings), file, StandardCopyOption.REPLACE_EXISTING);
            int reps = settings.reps(15, 2);
            List<String> queries = queries();
            double[] glossa = new double[queries.size() * reps];
            double[] raw = new double[queries.size() * reps];
            try (Library library = Library.open(file); Connection bare = rawConnection(file)) {
                library.search().ensureTextIndexed();
                settings.say("search: " + queries.size() + " queries, " + reps + " times each");
                int i = 0;
                for (String query : queries) {
                    library.search().find(query, LIMIT); // warm-up
                    rawFts(bare, query);
                    for (int r = 0; r < reps; r++, i++) {
                        long t0 = System.nanoTime();
                        library.search().find(query, LIMIT);
                        glossa[i] = Stats.ms(System.nanoTime() - t0);
                        t0 = System.nanoTime();
                        rawFts(bare, query);
                        raw[i] = Stats.ms(System.nanoTime() - t0);
                    }
                }
            }
            String baseline = String.format(Locale.ROOT, "raw FTS5 MATCH with snippet(), same words, same file"
                    + " (%,d documents, %,d annotations)", documents, annotations);
            return List.of(
                    new Figure(name(), "search with snippets p50", "ms", Stats.p50(glossa), Stats.p50(raw),
                            Budget.below(P50_MS), baseline),
                    new Figure(name(), "search with snippets p95", "ms", Stats.p95(glossa), Stats.p95(raw),
                            Budget.NONE, baseline));
        } finally {
            TempFiles.deleteTree(dir);
        }
    }

    /** Words (common, middling, rare), phrases, prefixes, tag filters, Cyrillic and accents. */
    static List<String> queries() {
        String w = GeneratedLibrary.word(1);
        return List.of(GeneratedLibrary.word(0), GeneratedLibrary.word(3), GeneratedLibrary.word(40),
                GeneratedLibrary.word(150), GeneratedLibrary.word(900), GeneratedLibrary.word(2500),
                "\"" + w + " " + GeneratedLibrary.word(2) + "\"", "\"" + GeneratedLibrary.word(5) + " "
                        + GeneratedLibrary.word(0) + "\"",
                GeneratedLibrary.word(40).substring(0, 3) + "*", GeneratedLibrary.word(700).substring(0, 4) + "*",
                "tag:claim", "tag:evidence/statistic", "tag:claim " + GeneratedLibrary.word(5),
                "москва", "Дождь", "дожд*", "zoe", "café", "Ångström", "naive", "résumé",
                GeneratedLibrary.word(7) + " " + GeneratedLibrary.word(11));
    }

    /**
     * The baseline: the query's words as one FTS5 MATCH on the text and one on the annotations,
     * best {@value #LIMIT} of each by bm25 with {@code snippet()}; a filter-only query (no words)
     * matches its tag words in the annotations' tags column.
     */
    static int rawFts(Connection c, String query) throws SQLException {
        SearchQuery q = QueryParser.parse(query);
        int rows = 0;
        String annotationMatch = AnnotationFilter.annotationMatch(q);
        if (annotationMatch.isEmpty() && !q.tags().isEmpty()) {
            annotationMatch = "tags : " + FtsExpression.quote(new SearchQuery.Term(q.tags().get(0), true, false));
        }
        if (!annotationMatch.isEmpty()) {
            rows += count(c, "SELECT rowid, snippet(annotation_fts, -1, char(1), char(2), '…', 12) FROM annotation_fts"
                    + " WHERE annotation_fts MATCH ? ORDER BY rank LIMIT " + LIMIT, annotationMatch);
        }
        if (!q.terms().isEmpty()) {
            rows += count(c, "SELECT rowid, snippet(text_fts, 0, char(1), char(2), '…', 12) FROM text_fts"
                    + " WHERE text_fts MATCH ? ORDER BY rank LIMIT " + LIMIT, FtsExpression.all(q.terms(), null));
        }
        return rows;
    }

    private static int count(Connection c, String sql, String match) throws SQLException {
        int n = 0;
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, match);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rs.getString(2);
                    n++;
                }
            }
        }
        return n;
    }

    /** For tests: the rows a query finds through Glossa and through the bare index. */
    static int[] hits(Path file, String query) throws SQLException {
        try (Library library = Library.open(file); Connection bare = rawConnection(file)) {
            return new int[] {library.search().find(query, LIMIT).size(), rawFts(bare, query)};
        }
    }

    private static Connection rawConnection(Path file) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
    }
}
