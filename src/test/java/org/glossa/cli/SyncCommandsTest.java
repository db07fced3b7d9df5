package org.glossa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sync contract of the command line: remote add/list/remove, sync [NAME] [--json], delete-annotation. */
class SyncCommandsTest {
    @TempDir
    Path dir;

    @Test
    void remotesAreAddedListedAndRemovedAndBadOnesAreOneLine() throws Exception {
        CliRunner cli = new CliRunner(dir.resolve("a.sqlite"));
        assertThat(cli.run("remote", "add", "class", "https://dav.example.org/glossa", "--user", "anna",
                "--password-env", "GLOSSA_PW").code()).isZero();
        assertThat(cli.run("remote", "add", "home", dir.resolve("shared").toString()).code()).isZero();
        JsonNode list = new ObjectMapper().readTree(cli.run("remote", "list", "--json").out());
        assertThat(list).hasSize(2);
        assertThat(list.get(0).get("name").asText()).isEqualTo("class");
        assertThat(list.get(0).get("url").asText()).isEqualTo("https://dav.example.org/glossa/");
        assertThat(list.get(0).get("passwordEnv").asText()).isEqualTo("GLOSSA_PW");
        assertThat(list.get(0).toString()).doesNotContain("password\"");

        for (String[] bad : new String[][] {{"remote", "add", "class", "/tmp/x"}, {"remote", "add", "bad name", "/tmp/x"},
                {"remote", "add", "x", "https://anna:secret@dav.example.org/"}, {"remote", "add", "x", "ftp://host/x"},
                {"remote", "remove", "nope"}, {"sync", "nope"}}) {
            CliRunner.Result r = cli.run(bad);
            assertThat(r.code()).as(String.join(" ", bad)).isEqualTo(1);
            assertThat(r.errLines()).as(String.join(" ", bad)).hasSize(1);
        }
        assertThat(cli.run("remote", "frobnicate").code()).isEqualTo(2);
        assertThat(cli.run("sync", "class").err()).contains("Set GLOSSA_PW");
        assertThat(cli.run("remote", "remove", "class").code()).isZero();
        assertThat(new ObjectMapper().readTree(cli.run("remote", "list", "--json").out())).hasSize(1);
    }

    @Test
    void syncPrintsPushedPulledAndConflictsAndCarriesADeletion() throws Exception {
        Path shared = Files.createDirectories(dir.resolve("shared"));
        CliRunner anna = new CliRunner(dir.resolve("anna.sqlite"));
        CliRunner ben = new CliRunner(dir.resolve("ben.sqlite"));
        anna.run("remote", "add", "home", shared.toString());
        ben.run("remote", "add", "home", shared.toString());
        String id = new ObjectMapper().readTree(anna.run("annotate", "1", "--quote", "neutral position", "--note", "why",
                "--author", "Anna", "--json").out()).path("id").asText();
        CliRunner.Result pushed = anna.run("sync", "--author", "Anna");
        assertThat(pushed.code()).as(pushed.err()).isZero();
        assertThat(pushed.out().strip()).isEqualTo("home\tpushed 1\tpulled 0\tconflicts 0");

        JsonNode got = new ObjectMapper().readTree(ben.run("sync", "home", "--json", "--author", "Ben").out()).get(0);
        assertThat(got.get("pulled").asInt()).isEqualTo(1);
        assertThat(got.get("pushed").asInt()).isZero();
        assertThat(got.get("conflicts").asInt()).isZero();
        assertThat(ben.run("annotations", "1").out()).contains("neutral position");

        assertThat(id).isNotEmpty();
        assertThat(anna.run("delete-annotation", id).code()).isZero();
        assertThat(anna.run("delete-annotation", id).code()).isEqualTo(1);
        assertThat(anna.run("sync", "--author", "Anna").out()).contains("pushed 1");
        assertThat(ben.run("sync", "--author", "Ben").out()).contains("pulled 1");
        assertThat(ben.run("annotations", "1").out()).doesNotContain("neutral position");
    }
}
