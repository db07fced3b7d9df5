package org.glossa.core.bench;

import java.util.List;

/** The sections of {@code glossa bench} that need no window, besides the search engine's own ({@code SearchBench}). */
public final class CoreBench {
    private CoreBench() {
    }

    public static List<BenchSection> sections() {
        return List.of(
                new ImportBench(),
                new AnnotationCommitBench());
    }
}
