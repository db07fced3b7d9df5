package org.glossa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.glossa.core.importing.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCsvTest {
    @TempDir
    Path dir;

    private static List<CSVRecord> records(Path csv) throws Exception {
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text.substring(1))).getRecords();
    }

    @Test
    void aDocumentExportsOneRowPerAnnotationWithItsPageAndNeutralisedFormulas() throws Exception {
        CliRunner cli = new CliRunner(dir.resolve("library.sqlite"));
        Path pdf = Files.write(dir.resolve("report.pdf"), Samples.pdf(List.of(List.of("Wheat prices rose sharply."),
                List.of("Tariffs protected the farmers."))));
        assertThat(cli.run("import", pdf.toString()).code()).isZero();
        assertThat(cli.run("annotate", "2", "--quote", "protected the farmers", "--note", "=HYPERLINK(\"x\")",
                "--tag", "claim/economic", "--color", "purple").code()).isZero();
        assertThat(cli.run("annotate", "2", "--quote", "Wheat prices").code()).isZero();
        assertThat(cli.run("annotate", "1", "--quote", "neutral position").code()).isZero();

        Path out = dir.resolve("report.csv");
        CliRunner.Result r = cli.run("export", "2", "--format", "csv", "-o", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        List<CSVRecord> rows = records(out);
        assertThat(rows).hasSize(2);
        assertThat(rows).extracting(x -> x.get("location")).containsExactly("p. 1", "p. 2");
        CSVRecord tariffs = rows.get(1);
        assertThat(tariffs.get("document")).isEqualTo("report");
        assertThat(tariffs.get("quote")).isEqualTo("protected the farmers");
        assertThat(tariffs.get("note")).isEqualTo("'=HYPERLINK(\"x\")");
        assertThat(tariffs.get("tags")).isEqualTo("claim/economic");
        assertThat(tariffs.get("color")).isEqualTo("purple");
        assertThat(tariffs.get("color_meaning")).isEqualTo("Claim");
        assertThat(tariffs.get("created")).isNotBlank();
        assertThat(tariffs.get("modified")).isNotBlank();

        Path all = dir.resolve("all.csv");
        assertThat(cli.run("export", "--all", "--format", "csv", "-o", all.toString()).code()).isZero();
        assertThat(records(all)).hasSize(3);
        Path tagged = dir.resolve("tagged.csv");
        assertThat(cli.run("export", "--tag", "claim", "--format", "csv", "-o", tagged.toString()).code()).isZero();
        assertThat(records(tagged)).extracting(x -> x.get("quote")).containsExactly("protected the farmers");
    }

    @Test
    void anUnknownDocumentIsOneLineAndWritesNothing() {
        CliRunner cli = new CliRunner(dir.resolve("library.sqlite"));
        Path out = dir.resolve("none.csv");
        CliRunner.Result r = cli.run("export", "99", "--format", "csv", "-o", out.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.errLines()).hasSize(1);
        assertThat(out).doesNotExist();
    }
}
