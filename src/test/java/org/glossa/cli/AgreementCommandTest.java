package org.glossa.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code glossa agreement}: the table, the JSON and the user errors. */
class AgreementCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    Path dir;
    CliRunner cli;
    String doc;

    @BeforeEach
    void twoCoders() throws Exception {
        cli = new CliRunner(dir.resolve("library.sqlite"));
        Path txt = Files.writeString(dir.resolve("units.txt"), "abcdefghij\n");
        CliRunner.Result imported = cli.run("import", txt.toString(), "--json");
        assertThat(imported.code()).as(imported.err()).isZero();
        doc = JSON.readTree(imported.out()).get(0).get("id").asText();
        assertThat(cli.run("text", doc).out().strip()).isEqualTo("abcdefghij");
        // Krippendorff (2004), Content Analysis, section 11.3.1: Jon and Han on ten units, alpha = 0.095
        annotate("Jon", "ab");
        annotate("Han", "bc");
        annotate("Han", "f");
        annotate("Han", "h");
    }

    private void annotate(String author, String quote) {
        CliRunner.Result r = cli.run("annotate", doc, "--quote", quote, "--tag", "presence", "--author", author);
        assertThat(r.code()).as(r.err()).isZero();
    }

    @Test
    void jsonGivesTheFiguresAndThePassages() throws Exception {
        CliRunner.Result r = cli.run("agreement", "--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode out = JSON.readTree(r.out());

        assertThat(out.get("coders").toString()).isEqualTo("[\"Han\",\"Jon\"]");
        JsonNode code = out.get("codes").get(0);
        assertThat(code.get("code").asText()).isEqualTo("presence");
        assertThat(code.get("alpha").asDouble()).isCloseTo(0.095, within(0.0005));
        assertThat(code.get("percent").asDouble()).isCloseTo(60.0, within(1e-9));
        assertThat(code.get("kappa").isNumber()).isTrue();
        assertThat(code.get("compared").asLong()).isEqualTo(10);
        assertThat(code.get("codedBy").get("Han").asLong()).isEqualTo(4);
        assertThat(out.get("disagreements")).hasSize(4);
        JsonNode first = out.get("disagreements").get(0);
        assertThat(first.get("start").asInt()).isZero();
        assertThat(first.get("end").asInt()).isEqualTo(1);
        assertThat(first.get("with").toString()).isEqualTo("[\"Jon\"]");
        assertThat(first.get("quote").asText()).isEqualTo("a");
    }

    @Test
    void tableListsCodesOverallAndDisagreements() {
        CliRunner.Result r = cli.run("agreement", "--tag", "presence", "--authors", "Jon,Han");
        assertThat(r.code()).as(r.err()).isZero();

        assertThat(r.out()).contains("Coders: Jon, Han; documents compared: 1");
        assertThat(r.out().lines().filter(l -> l.startsWith("presence")).findFirst()).get().asString()
                .contains("60.0%").contains("0.095");
        assertThat(r.out().lines().filter(l -> l.startsWith("all codes"))).hasSize(1);
        assertThat(r.out()).contains("Disagreements: 4").contains(doc + "\t2-3\tpresence\tcoded by Han; not by Jon");
    }

    @Test
    void unknownCoderOrTagIsOneLineAndExitOne() {
        CliRunner.Result r = cli.run("agreement", "--authors", "Jon,Zed");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.errLines()).singleElement().asString().contains("'Zed'");

        CliRunner.Result t = cli.run("agreement", "--tag", "absence");
        assertThat(t.code()).isEqualTo(1);
        assertThat(t.errLines()).singleElement().asString().contains("'absence'");
    }
}
