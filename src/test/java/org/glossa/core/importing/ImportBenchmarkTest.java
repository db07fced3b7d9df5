package org.glossa.core.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Checks what the benchmark measures, never how fast it is (timings belong to `glossa bench`). */
class ImportBenchmarkTest {
    @Test
    void theGeneratedNovelIsThreeMegabytesOfParagraphs() {
        byte[] novel = ImportBenchmark.novel(ImportBenchmark.DEFAULT_BYTES, new Random(1));
        assertThat(novel.length).isGreaterThanOrEqualTo(ImportBenchmark.DEFAULT_BYTES);
        assertThat(new String(novel, StandardCharsets.UTF_8)).contains("\n\n").contains("\u201c");
    }

    @Test
    void figuresDescribeTheImportBesideItsBaseline() {
        ImportBenchmark.Figures f = ImportBenchmark.run(64 * 1024);
        assertThat(f.paragraphs()).isPositive();
        assertThat(f.describe()).matches("import \\d+ MB text: \\d+ ms \\(baseline \\d+ ms\\)");
    }
}
