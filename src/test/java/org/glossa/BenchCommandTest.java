package org.glossa;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.glossa.cli.GlossaCli;
import org.junit.jupiter.api.Test;

/**
 * {@code glossa bench --quick --json} runs every section (the window's under Monocle, as
 * surefire configures it) and reports each figure with a baseline. Timings are never asserted:
 * only that every figure is there with positive numbers.
 */
class BenchCommandTest {
    private static final List<String> FIGURES = List.of(
            "import 3 MB text (best)",
            "import EPUB novel (best)",
            "import 300-page PDF (best)",
            "annotation commit p50",
            "search with snippets p50",
            "search with snippets p95",
            "open book, first frame (best)",
            "add highlight, painted p50",
            "page down, painted p50",
            "page down, painted p95",
            "heap with the book open",
            "window: open from the library list, first frame (best)",
            "window: select and type 2, painted and saved p50",
            "window: Page Down key, painted p50",
            "window: Page Down key, painted p95",
            "open a large library, list painted (best)",
            "tag overview, painted (best)",
            "start-up to first frame (best)",
            "sync: nothing changed, class library (p50)",
            "sync: nothing changed, requests",
            "sync: one annotation changed, class library (p50)",
            "sync: one annotation changed, requests");
    /** Only where class-data archives can be recorded for both start-up sides (not from a class path of folders). */
    private static final List<String> OPTIONAL = List.of("start-up without class-data archive (best)",
            // only where Apache httpd (mod_dav) is installed
            "sync over WebDAV: nothing changed (p50)", "sync over WebDAV: nothing changed, requests",
            "sync over WebDAV: one annotation changed (p50)", "sync over WebDAV: one annotation changed, requests");

    @Test
    void quickBenchPrintsEveryFigureBesideAPositiveBaseline() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = GlossaCli.run(new String[] {"bench", "--quick", "--json"}, new PrintWriter(out, true),
                new PrintWriter(err, true), Main.windowBench());

        assertThat(code).as(err.toString()).isZero();
        JsonNode rows = new ObjectMapper().readTree(out.toString());
        List<String> names = new ArrayList<>();
        for (JsonNode row : rows) {
            names.add(row.get("figure").asText());
            assertThat(row.get("glossa").asDouble()).as(row.toString()).isPositive();
            assertThat(row.get("baseline").asDouble()).as(row.toString()).isPositive();
            assertThat(row.get("ratio").asDouble()).as(row.toString()).isPositive();
            assertThat(row.get("unit").asText()).isNotBlank();
            assertThat(row.get("budget").asText()).isNotBlank();
            assertThat(row.get("ok").isBoolean()).isTrue();
        }
        assertThat(names).containsAll(FIGURES).doesNotHaveDuplicates();
        assertThat(names.stream().filter(n -> !FIGURES.contains(n)).toList()).isSubsetOf(OPTIONAL);
    }
}
