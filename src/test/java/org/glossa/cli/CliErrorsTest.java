package org.glossa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CliErrorsTest {
    @TempDir
    Path dir;

    private CliRunner cli;

    @BeforeEach
    void scratchLibrary() {
        cli = new CliRunner(dir.resolve("scratch.sqlite"));
    }

    private static void assertNoStackTrace(CliRunner.Result r) {
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(r.out()).doesNotContain("Exception");
    }

    private static void assertOneGlossaLine(CliRunner.Result r) {
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.errLines()).singleElement().asString().startsWith("glossa: ");
        assertNoStackTrace(r);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "text 999999|999999",
        "annotations 999999 --json|999999",
        "annotate 999999 --quote Moscow|999999",
        "annotate 1 --quote words-that-are-nowhere|not found",
        "annotate 1 --quote Moscow --color mauve|mauve",
        "annotate 1 --quote Moscow --occurrence 9999|occurs only",
        "text no-title-has-this|no-title-has-this",
    })
    void aUserErrorExitsWithOneAndOneClearLine(String args, String named) {
        CliRunner.Result r = cli.run(args.split(" "));
        assertOneGlossaLine(r);
        assertThat(r.err()).contains(named);
        assertThat(cli.run("annotations", "1", "--json").out().strip()).isEqualTo("[ ]");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"annotate 1", "frobnicate", "list --bogus", "annotate 1 --quote x --occurrence many", "import"})
    void aUsageErrorExitsWithTwoAndNoStackTrace(String args) {
        CliRunner.Result r = cli.run(args.split(" "));
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isNotBlank();
        assertNoStackTrace(r);
    }

    @Test
    void aLibraryFileThatIsNotSqliteIsAUserError() throws Exception {
        Path junk = Files.writeString(dir.resolve("junk.sqlite"), "not a database\n".repeat(100));
        CliRunner.Result r = new CliRunner(junk).run("list");
        assertOneGlossaLine(r);
        assertThat(r.err()).contains(junk.toString());
    }

    @Test
    void importingAMissingFileFailsForThatFileOnly() throws Exception {
        Path good = Files.writeString(dir.resolve("good.txt"), "Good text.\n");
        Path missing = dir.resolve("missing.txt");
        CliRunner.Result r = cli.run("import", missing.toString(), good.toString());
        assertThat(r.code()).isEqualTo(1);
        var errors = r.err().lines().filter(l -> l.startsWith("glossa:")).toList();
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0)).contains(missing.toString());
        assertThat(r.err()).doesNotContain("Exception");
        assertThat(r.out()).contains("imported").contains("Good text.");
    }

    @Test
    void versionPrintsTheVersionAndSucceeds() {
        CliRunner.Result r = CliRunner.raw("--version");
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("Glossa ");
    }

    @Test
    void helpSucceedsAndNamesTheCommands() {
        CliRunner.Result r = CliRunner.raw("--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("import", "list", "text", "annotate", "annotations");
    }

    @Test
    void onlyALibraryOptionPrintsUsageToTheGivenOutput() {
        CliRunner.Result r = cli.run();
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Usage:");
    }
}
