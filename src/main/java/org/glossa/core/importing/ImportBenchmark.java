package org.glossa.core.importing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Measures importing a generated plain-text novel against a baseline measured in the same run:
 * decoding the bytes and splitting them on blank lines, the least any text import must do. The
 * ratio is what means something on a noisy machine; {@code glossa bench} prints both.
 */
public final class ImportBenchmark {
    /** The size of the generated book: about a long novel. */
    public static final int DEFAULT_BYTES = 3 * 1024 * 1024;
    private static final int RUNS = 5;

    /** Best-of-{@value #RUNS} milliseconds of the import and of the baseline, and the text's size. */
    public record Figures(long importMillis, long baselineMillis, int bytes, int paragraphs) {
        public String describe() {
            return String.format(Locale.ROOT, "import %d MB text: %d ms (baseline %d ms)", Math.round(bytes / 1048576.0),
                    importMillis, baselineMillis);
        }
    }

    private ImportBenchmark() {
    }

    public static Figures run() throws ImportException {
        return run(DEFAULT_BYTES);
    }

    public static Figures run(int bytes) throws ImportException {
        byte[] book = novel(bytes, new Random(42));
        Importers importers = new Importers();
        long best = Long.MAX_VALUE;
        long baseline = Long.MAX_VALUE;
        int paragraphs = 0;
        for (int i = 0; i < RUNS; i++) {
            long t0 = System.nanoTime();
            paragraphs = importers.read(book, "novel.txt").content().blocks().size();
            long t1 = System.nanoTime();
            int n = new String(book, StandardCharsets.UTF_8).split("\n\n").length;
            long t2 = System.nanoTime();
            if (n == 0) {
                throw new IllegalStateException("baseline saw no text"); // keeps the baseline's work alive
            }
            best = Math.min(best, t1 - t0);
            baseline = Math.min(baseline, t2 - t1);
        }
        return new Figures(best / 1_000_000, baseline / 1_000_000, book.length, paragraphs);
    }

    /** Hard-wrapped prose paragraphs with curly quotes and dashes, like a Gutenberg novel. */
    static byte[] novel(int bytes, Random random) {
        String[] words = {"the", "house", "was", "in", "confusion", "and", "she", "had", "said", "that",
                "\u201cnever\u201d", "again\u2014", "Oblonsky", "morning", "letter", "wife", "husband", "could", "not",
                "go", "on", "living", "caf\u00e9", "Stepan", "Arkadyevitch"};
        StringBuilder sb = new StringBuilder(bytes + 200);
        List<String> line = new ArrayList<>();
        int lineLength = 0;
        while (sb.length() < bytes) {
            int sentences = 2 + random.nextInt(6);
            for (int s = 0; s < sentences; s++) {
                int length = 6 + random.nextInt(14);
                for (int w = 0; w < length; w++) {
                    String word = words[random.nextInt(words.length)] + (w == length - 1 ? "." : "");
                    if (lineLength + word.length() > 70) {
                        sb.append(String.join(" ", line)).append('\n');
                        line.clear();
                        lineLength = 0;
                    }
                    line.add(word);
                    lineLength += word.length() + 1;
                }
            }
            sb.append(String.join(" ", line)).append("\n\n");
            line.clear();
            lineLength = 0;
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }
}
