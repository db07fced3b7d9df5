package org.glossa.core.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.glossa.core.Library;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's library and report are sound; its timings are for 'glossa bench', never asserted here. */
class SearchBenchmarkTest {
    @TempDir
    Path dir;

    @Test
    void aSmallRunReportsEveryQueryOnALibraryOfTheAskedSize() {
        SearchBenchmark.Options small = new SearchBenchmark.Options(30, 300, 4, 20, 2, 7);
        SearchBenchmark.Report report = SearchBenchmark.run(dir, small);
        assertThat(report.documents()).isEqualTo(30);
        assertThat(report.queries()).hasSize(SearchBenchmark.queries().size());
        assertThat(report.queries().get(0).hits()).isPositive();
        assertThat(report.fileBytes()).isPositive();
        assertThat(report.searchP50Ms()).isPositive();
        assertThat(report.likeP50Ms()).isPositive();
    }

    @Test
    void theGeneratedLibraryHoldsTheAskedDocumentsAndAnnotations() {
        SearchBenchmark.Options small = new SearchBenchmark.Options(12, 50, 3, 10, 1, 1);
        SearchBenchmark.run(dir, small);
        Path file = dir.toFile().listFiles((d, n) -> n.endsWith(".sqlite"))[0].toPath();
        try (Library lib = Library.open(file)) {
            assertThat(lib.documents()).hasSize(12);
            assertThat(lib.claims().rows("")).hasSize(50);
            assertThat(lib.search().find("tag:claim", 100)).isNotEmpty();
        }
    }

    @Test
    void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        assertThat(SearchBenchmark.median(new double[] {4, 1, 3, 2})).isEqualTo(2.5);
        assertThat(SearchBenchmark.median(new double[] {5, 1, 3})).isEqualTo(3);
        assertThat(SearchBenchmark.median(new double[0])).isZero();
    }
}
