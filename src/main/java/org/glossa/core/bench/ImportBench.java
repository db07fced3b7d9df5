package org.glossa.core.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.glossa.core.Library;

/**
 * Importing a 3 MB text file (read, decode, clean, split into blocks, store in one transaction)
 * against the least any importer must do: read the same bytes and split them into paragraphs.
 */
final class ImportBench implements BenchSection {
    private static final double BUDGET_MS = 2000;

    @Override
    public String name() {
        return "import";
    }

    @Override
    public List<Figure> run(BenchSettings settings) throws Exception {
        Path dir = Files.createTempDirectory("glossa-bench-import");
        try {
            Path file = dir.resolve("book.txt");
            Files.write(file, GeneratedBook.generate().plainText());
            int reps = settings.reps(5, 1);
            double[] glossa = new double[reps];
            double[] bare = new double[reps];
            for (int i = 0; i < reps; i++) {
                settings.say("import: round " + (i + 1) + " of " + reps);
                // a fresh library each round: the same text twice would be recognised as a duplicate
                try (Library library = Library.open(dir.resolve("import-" + i + ".sqlite"))) {
                    long t0 = System.nanoTime();
                    library.importFile(file);
                    glossa[i] = Stats.ms(System.nanoTime() - t0);
                }
                long t0 = System.nanoTime();
                String[] paragraphs = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).split("\n\n");
                bare[i] = Stats.ms(System.nanoTime() - t0);
                if (paragraphs.length == 0) {
                    throw new IllegalStateException("the generated book is empty");
                }
            }
            return List.of(new Figure(name(), "import 3 MB text (best)", "ms", Stats.best(glossa), Stats.best(bare),
                    Budget.below(BUDGET_MS), "read the file and split it on blank lines"));
        } finally {
            TempFiles.deleteTree(dir);
        }
    }
}
