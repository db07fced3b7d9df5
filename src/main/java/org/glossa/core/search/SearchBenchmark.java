package org.glossa.core.search;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.glossa.core.GlossaException;
import org.glossa.core.Library;
import org.glossa.core.store.Database;

/**
 * Measures search and library-open time on a generated library (5,000 documents and 100,000
 * annotations by default), each beside a baseline from the same run: the same words found by a
 * LIKE scan of the same tables, and opening the bare SQLite file. Prints nothing; the
 * {@code glossa bench} command formats the {@link Report}.
 */
public final class SearchBenchmark {
    /** How big a library to generate and how often to repeat each query. */
    public record Options(int documents, int annotations, int paragraphsPerDocument, int wordsPerParagraph,
                          int repetitions, long seed) {
        /** The library of the performance budget in DESIGN.md. */
        public static Options standard() {
            return new Options(5000, 100_000, 10, 40, 15, 42);
        }

        /** A small library for a quick look. */
        public static Options quick() {
            return new Options(200, 2000, 6, 30, 5, 42);
        }
    }

    /** One query's medians: Glossa's search and the LIKE scan baseline, in milliseconds. */
    public record QueryTiming(String query, int hits, double searchP50Ms, double likeP50Ms) {
    }

    /**
     * All figures in milliseconds. {@code searchP50Ms} is the median over every run of every
     * query; budgets are {@code searchP50Ms < 50} and {@code openMs < 1000}.
     */
    public record Report(int documents, int annotations, long fileBytes, double generateMs, double openMs,
                         double bareOpenMs, double searchP50Ms, double likeP50Ms, List<QueryTiming> queries) {
        public Report {
            queries = List.copyOf(queries);
        }

        public boolean withinBudget() {
            return searchP50Ms < 50 && openMs < 1000;
        }
    }

    /** The queries timed: common, rare and prefix words, a phrase, diacritics, Cyrillic, a filter. */
    static List<String> queries() {
        return List.of(BenchmarkLibrary.word(3), BenchmarkLibrary.word(150), BenchmarkLibrary.word(2500),
                BenchmarkLibrary.word(40).substring(0, 3) + "*",
                "\"" + BenchmarkLibrary.word(1) + " " + BenchmarkLibrary.word(2) + "\"",
                "zoe", "москва", "tag:claim " + BenchmarkLibrary.word(5), BenchmarkLibrary.word(7) + " "
                        + BenchmarkLibrary.word(11));
    }

    /** Generates the library in {@code dir} (a new file), measures, and leaves the file there. */
    public static Report run(Path dir, Options options) {
        try {
            Files.createDirectories(dir);
            Path file = Files.createTempFile(dir, "glossa-bench-", ".sqlite");
            Files.delete(file);
            long t0 = System.nanoTime();
            try (Database db = Database.open(file)) {
                BenchmarkLibrary gen = new BenchmarkLibrary(options.seed(), 8000);
                db.inTransaction(c -> gen.fill(c, options.documents(), options.annotations(),
                        options.paragraphsPerDocument(), options.wordsPerParagraph()));
            }
            double generateMs = millis(t0);
            double bareOpenMs = bareOpen(file);
            long t1 = System.nanoTime();
            Library lib = Library.open(file);
            double openMs = millis(t1);
            try (lib; Connection bare = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath())) {
                return measure(lib, bare, options, file, generateMs, openMs, bareOpenMs);
            }
        } catch (java.io.IOException | SQLException e) {
            throw new GlossaException("The benchmark could not run: " + e.getMessage(), e);
        }
    }

    private static Report measure(Library lib, Connection bare, Options options, Path file, double generateMs,
                                  double openMs, double bareOpenMs) throws SQLException, java.io.IOException {
        lib.search().ensureTextIndexed();
        List<QueryTiming> timings = new ArrayList<>();
        List<Double> allSearch = new ArrayList<>();
        List<Double> allLike = new ArrayList<>();
        for (String q : queries()) {
            int hits = lib.search().find(q, 20).size(); // warm-up, and the figure reported
            likeScan(bare, q);
            double[] search = new double[options.repetitions()];
            double[] like = new double[options.repetitions()];
            for (int i = 0; i < options.repetitions(); i++) {
                long t = System.nanoTime();
                lib.search().find(q, 20);
                search[i] = millis(t);
                t = System.nanoTime();
                likeScan(bare, q);
                like[i] = millis(t);
                allSearch.add(search[i]);
                allLike.add(like[i]);
            }
            timings.add(new QueryTiming(q, hits, median(search), median(like)));
        }
        return new Report(options.documents(), options.annotations(), Files.size(file), generateMs, openMs, bareOpenMs,
                median(allSearch.stream().mapToDouble(Double::doubleValue).toArray()),
                median(allLike.stream().mapToDouble(Double::doubleValue).toArray()), timings);
    }

    /**
     * The baseline: what search costs without an index. The query's first word is looked for
     * by LIKE in the documents' text and the annotations' quote and note, 20 rows at most
     * (LIKE is only ASCII case-insensitive and knows no accents, so it is also less correct).
     */
    static int likeScan(Connection c, String query) throws SQLException {
        SearchQuery q = QueryParser.parse(query);
        String word = q.terms().isEmpty() ? "" : q.terms().get(0).text();
        String pattern = "%" + word.replace("%", "").replace("_", "") + "%";
        int n = 0;
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM document WHERE text LIKE ?1"
                + " UNION ALL SELECT document_id FROM annotation WHERE exact LIKE ?1 OR note LIKE ?1 LIMIT 20")) {
            ps.setString(1, pattern);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    n++;
                }
            }
        }
        return n;
    }

    private static double bareOpen(Path file) throws SQLException {
        long t = System.nanoTime();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
             PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM document");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
        }
        return millis(t);
    }

    private static double millis(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e6;
    }

    static double median(double[] values) {
        if (values.length == 0) {
            return 0;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
