package org.glossa.core.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.glossa.core.Library;
import org.glossa.core.bench.BenchSettings;
import org.glossa.core.bench.GeneratedLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The search bench measures real work: its library has the asked size and every query finds something both ways. */
class SearchBenchTest {
    @TempDir
    Path dir;

    @Test
    void everyTypicalQueryFindsRowsThroughGlossaAndThroughTheBareIndex() throws Exception {
        Path file = dir.resolve("copy.sqlite");
        Files.copy(GeneratedLibrary.cached(200, 4000, new BenchSettings(true, null)), file);
        try (Library library = Library.open(file)) {
            assertThat(library.documents()).hasSize(200);
            assertThat(library.claims().rows("")).hasSize(4000);
        }
        for (String query : SearchBench.queries()) {
            int[] hits = SearchBench.hits(file, query);
            assertThat(hits[0]).as("Glossa's hits for " + query).isPositive();
            assertThat(hits[1]).as("bare FTS5 rows for " + query).isPositive();
        }
        assertThat(SearchBench.queries()).hasSizeGreaterThanOrEqualTo(20);
    }
}
