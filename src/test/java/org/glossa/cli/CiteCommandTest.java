package org.glossa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.glossa.core.importing.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The expected in-text forms follow the guides' own patterns: APA 7 (section 8.25, quotations)
 * "(Author, Year, p. N)" with a comma before the page, and a work with no author cited by its title in title case (8.14); Chicago 17 author-date (15.22) "(Author
 * Year, N)", no comma after the name and no "p." before the page.
 */
class CiteCommandTest {
    @TempDir
    Path dir;

    @Test
    void aQuoteOnAPdfPageIsCitedInApaAndChicagoAsTheirGuidesSay() throws Exception {
        CliRunner cli = new CliRunner(dir.resolve("library.sqlite"));
        Path pdf = Files.write(dir.resolve("report.pdf"), Samples.pdf(List.of(List.of("Wheat prices rose sharply."),
                List.of("Tariffs protected the farmers."))));
        assertThat(cli.run("import", pdf.toString()).code()).isZero();
        CliRunner.Result made = cli.run("annotate", "2", "--quote", "protected the farmers");
        assertThat(made.code()).as(made.err()).isZero();
        String id = cli.run("annotations", "2", "--json").out().replaceAll("(?s).*\"id\"\\s*:\\s*\"([^\"]+)\".*", "$1");

        CliRunner.Result apa = cli.run("cite", id, "--style", "apa");
        assertThat(apa.code()).as(apa.err()).isZero();
        String year = "n.d.";
        assertThat(apa.out()).startsWith("\u201cprotected the farmers\u201d (Report, " + year + ", p. 2)");
        CliRunner.Result chicago = cli.run("cite", id, "--style", "chicago");
        assertThat(chicago.code()).as(chicago.err()).isZero();
        assertThat(chicago.out()).startsWith("\u201cprotected the farmers\u201d (");
        assertThat(chicago.out().lines().findFirst().orElseThrow()).endsWith(", 2)").doesNotContain("p. 2");

        CliRunner.Result bad = cli.run("cite", id, "--style", "mla");
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.err()).contains("apa or chicago");
    }
}
