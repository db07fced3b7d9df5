package org.glossa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code glossa memo add|edit|list|show|search|delete|export}. */
class MemoCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    Path dir;
    CliRunner cli;
    String doc;

    @BeforeEach
    void library() throws Exception {
        cli = new CliRunner(dir.resolve("library.sqlite"));
        Path txt = Files.writeString(dir.resolve("field.txt"), "Field notes\n\nGrowth was strong in spring.\n");
        doc = JSON.readTree(ok(cli.run("import", txt.toString(), "--json"))).get(0).get("id").asText();
    }

    private static String ok(CliRunner.Result r) {
        assertThat(r.code()).as(r.err()).isZero();
        return r.out();
    }

    @Test
    void memosOnEachTargetAreAddedListedShownAndSearched() throws Exception {
        String project = ok(cli.run("memo", "add", "--project", "--title", "Research question",
                "--text", "Why did *growth* stall?")).strip();
        String source = ok(cli.run("memo", "add", "--document", doc, "--text", "Written after the strike.")).strip();
        Path body = Files.writeString(dir.resolve("memo.md"), "Use for claims about **money**.\n\nAnd prices.");
        String code = ok(cli.run("memo", "add", "--tag", "claim/economic", "--title", "Economic claims",
                "--file", body.toString())).strip();

        JsonNode all = JSON.readTree(ok(cli.run("memo", "list", "--json")));
        assertThat(all).hasSize(3);
        JsonNode onDoc = JSON.readTree(ok(cli.run("memo", "list", "--document", doc, "--json")));
        assertThat(onDoc).singleElement().satisfies(m -> {
            assertThat(m.get("id").asText()).isEqualTo(source);
            assertThat(m.get("target").asText()).isEqualTo("document");
            assertThat(m.get("documentTitle").asText()).isEqualTo("Field notes");
        });
        assertThat(ok(cli.run("memo", "list", "--tag", "claim/economic"))).contains(code).contains("Code claim/economic")
                .contains("Economic claims").doesNotContain(project);

        JsonNode shown = JSON.readTree(ok(cli.run("memo", "show", code.substring(0, 8), "--json")));
        assertThat(shown.get("body").asText()).isEqualTo("Use for claims about **money**.\n\nAnd prices.");
        assertThat(ok(cli.run("memo", "show", project))).startsWith("## Research question").contains("Why did *growth* stall?");

        assertThat(ok(cli.run("memo", "search", "GROWTH"))).contains(project).doesNotContain(code);
        assertThat(ok(cli.run("memo", "search", "pric*"))).contains(code);
    }

    @Test
    void editKeepsWhatIsNotGivenAndDeleteRemoves() throws Exception {
        String id = ok(cli.run("memo", "add", "--project", "--title", "Question", "--text", "First thoughts.")).strip();
        ok(cli.run("memo", "edit", id, "--text", "Second thoughts."));
        JsonNode m = JSON.readTree(ok(cli.run("memo", "show", id, "--json")));
        assertThat(m.get("title").asText()).isEqualTo("Question");
        assertThat(m.get("body").asText()).isEqualTo("Second thoughts.");

        assertThat(ok(cli.run("memo", "delete", id))).contains("deleted");
        assertThat(JSON.readTree(ok(cli.run("memo", "list", "--json")))).isEmpty();
    }

    @Test
    void exportWritesMarkdown() throws Exception {
        ok(cli.run("memo", "add", "--project", "--title", "Research question", "--text", "Why did it stall?"));
        ok(cli.run("memo", "add", "--document", doc, "--text", "Written after the strike."));
        Path out = dir.resolve("memos.md");

        assertThat(ok(cli.run("memo", "export", "-o", out.toString()))).contains("2 memos written");
        String md = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(md).startsWith("# Memos\n").contains("## Research question\n").contains("*Project memo")
                .contains("## Document \u201cField notes\u201d").contains("Written after the strike.");

        Path one = dir.resolve("one.md");
        ok(cli.run("memo", "export", "--document", doc, "-o", one.toString()));
        assertThat(Files.readString(one)).doesNotContain("Research question").contains("Written after the strike.");
    }

    @Test
    void badInputIsOneLineAndChangesNothing() throws Exception {
        CliRunner.Result unknown = cli.run("memo", "show", "deadbeef");
        assertThat(unknown.code()).isEqualTo(1);
        assertThat(unknown.errLines()).singleElement().asString().contains("No memo with the id 'deadbeef'");

        CliRunner.Result noDoc = cli.run("memo", "add", "--document", "999", "--text", "x");
        assertThat(noDoc.code()).isEqualTo(1);
        assertThat(noDoc.errLines()).singleElement().asString().contains("999");

        CliRunner.Result twoTargets = cli.run("memo", "add", "--project", "--tag", "x", "--text", "x");
        assertThat(twoTargets.code()).isEqualTo(2);

        CliRunner.Result nothingToChange = cli.run("memo", "edit", "abcd");
        assertThat(nothingToChange.code()).isEqualTo(1);
        assertThat(JSON.readTree(ok(cli.run("memo", "list", "--json")))).isEmpty();
    }
}
