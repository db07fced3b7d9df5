package org.glossa.core.importing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** The shared test corpus, found through the system property {@code glossa.corpus}; tests skip without it. */
final class Corpus {
    private Corpus() {
    }

    static Path dir(String sub) {
        String root = System.getProperty("glossa.corpus");
        assumeTrue(root != null, "glossa.corpus is not set");
        Path p = Path.of(root).resolve(sub);
        assumeTrue(Files.exists(p), "corpus not present: " + p);
        return p;
    }
}
