package org.glossa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.glossa.Fixtures;
import org.glossa.core.Library;
import org.glossa.model.Annotation;
import org.glossa.model.DocumentInfo;
import org.glossa.model.TextQuote;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GlossaCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path file;
    private CliRunner cli;

    @BeforeEach
    void scratchLibrary() {
        file = dir.resolve("scratch.sqlite");
        cli = new CliRunner(file);
    }

    private <T> T withLibrary(Function<Library, T> work) {
        try (Library lib = Library.open(file)) {
            return work.apply(lib);
        }
    }

    private static JsonNode json(CliRunner.Result r) throws Exception {
        assertThat(r.code()).as(r.err()).isZero();
        return JSON.readTree(r.out());
    }

    private static List<String> names(JsonNode node) {
        List<String> out = new ArrayList<>();
        node.fieldNames().forEachRemaining(out::add);
        return out;
    }

    @Test
    void listShowsTheSampleInANewLibrary() {
        CliRunner.Result r = cli.run("list");
        assertThat(r.code()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out().lines()).singleElement().asString()
                .contains(Fixtures.SAMPLE_TITLE).contains(Fixtures.SAMPLE_AUTHOR);
    }

    @Test
    void theLibraryOptionMayFollowTheCommand() {
        CliRunner.Result before = cli.run("list");
        CliRunner.Result after = CliRunner.raw("list", "--library", file.toString());
        assertThat(after.code()).isZero();
        assertThat(after.out()).isEqualTo(before.out());
        for (String form : new String[] {"--library=" + file, "-l=" + file, "-l" + file}) {
            CliRunner.Result attached = CliRunner.raw(form, "list");
            assertThat(attached.code()).as(form).isZero();
            assertThat(attached.out()).as(form).isEqualTo(before.out());
        }
    }

    @Test
    void listJsonDescribesEveryDocument() throws Exception {
        JsonNode rows = json(cli.run("list", "--json"));
        DocumentInfo sample = withLibrary(lib -> lib.documents().get(0));
        assertThat(rows).hasSize(1);
        JsonNode row = rows.get(0);
        assertThat(names(row)).contains("id", "title", "author", "source", "format", "annotations");
        assertThat(row.get("id").asLong()).isEqualTo(sample.id());
        assertThat(row.get("title").asText()).isEqualTo(sample.title()).isEqualTo(Fixtures.SAMPLE_TITLE);
        assertThat(row.get("author").asText()).isEqualTo(sample.author());
        assertThat(row.get("source").asText()).isEqualTo(Fixtures.SAMPLE_URL);
        assertThat(row.get("format").asText()).isEqualTo(sample.format());
        assertThat(row.get("annotations").asInt()).isZero();
    }

    @Test
    void importingTwiceReportsImportedThenDuplicateWithTheSameIds() throws Exception {
        Path md = Files.writeString(dir.resolve("a.md"), "# Field notes\n\nSome *careful* observations.\n");
        Path txt = Files.writeString(dir.resolve("b.txt"), "Plain thoughts\n\nOn two\nlines.\n");

        JsonNode first = json(cli.run("import", md.toString(), txt.toString(), "--json"));
        JsonNode second = json(cli.run("import", md.toString(), txt.toString(), "--json"));

        assertThat(first).hasSize(2);
        assertThat(names(first.get(0))).contains("id", "title", "status");
        assertThat(first.findValuesAsText("title")).containsExactly("Field notes", "Plain thoughts");
        assertThat(first.findValuesAsText("status")).containsExactly("imported", "imported");
        assertThat(second.findValuesAsText("status")).containsExactly("duplicate", "duplicate");
        assertThat(second.findValuesAsText("id")).isEqualTo(first.findValuesAsText("id"));
        List<Long> stored = withLibrary(lib -> lib.documents().stream().map(DocumentInfo::id).toList());
        assertThat(stored).hasSize(3);
    }

    @Test
    void textPrintsExactlyTheReadersText() {
        cli.run("list");
        long id = withLibrary(Fixtures::sampleId);
        String expected = withLibrary(lib -> lib.load(id).text());
        CliRunner.Result r = cli.run("text", String.valueOf(id));
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEqualTo(expected);
    }

    @Test
    void anAnnotationMadeOnTheCommandLineIsListedWithItsOffsetsAndQuote() throws Exception {
        cli.run("list");
        long id = withLibrary(Fixtures::sampleId);
        String text = withLibrary(lib -> lib.load(id).text());
        String quote = "Moscow does not want to have to choose";

        CliRunner.Result made = cli.run("annotate", String.valueOf(id), "--quote", quote, "--note", "n",
                "--tag", "a", "--tag", "b", "--color", "green");
        assertThat(made.code()).as(made.err()).isZero();

        JsonNode rows = json(cli.run("annotations", String.valueOf(id), "--json"));
        assertThat(rows).hasSize(1);
        JsonNode row = rows.get(0);
        assertThat(names(row)).contains("id", "start", "end", "exact", "prefix", "suffix", "color", "note", "tags",
                "status", "created", "modified");
        int start = row.get("start").asInt();
        int end = row.get("end").asInt();
        assertThat(start).isEqualTo(text.indexOf(quote));
        assertThat(text.substring(start, end)).isEqualTo(row.get("exact").asText()).isEqualTo(quote);
        TextQuote expected = TextQuote.of(text, start, end);
        assertThat(row.get("prefix").asText()).isEqualTo(expected.prefix()).hasSize(TextQuote.CONTEXT);
        assertThat(row.get("suffix").asText()).isEqualTo(expected.suffix()).hasSize(TextQuote.CONTEXT);
        assertThat(row.get("color").asText()).isEqualTo("green");
        assertThat(row.get("note").asText()).isEqualTo("n");
        assertThat(JSON.convertValue(row.get("tags"), List.class)).containsExactly("a", "b");
        assertThat(row.get("status").asText()).isEqualTo("anchored");
        assertThat(row.get("id").asText()).isEqualTo(made.out().strip());

        Annotation stored = withLibrary(lib -> lib.annotation(row.get("id").asText()));
        assertThat(OffsetDateTime.parse(row.get("created").asText())).isEqualTo(stored.created());
        assertThat(OffsetDateTime.parse(row.get("modified").asText())).isEqualTo(stored.modified());
    }
}
