package org.glossa.core.bench;

import java.util.List;

/** The sections of {@code glossa bench} that need no window. */
public final class CoreBench {
    private CoreBench() {
    }

    public static List<BenchSection> sections() {
        return List.of(
                new ImportBench(),
                new AnnotationCommitBench()
                // search plugs in here: the search engine's own BenchSection (5,000 documents,
                // query p50 against bare FTS5) joins this list when it is merged.
        );
    }
}
