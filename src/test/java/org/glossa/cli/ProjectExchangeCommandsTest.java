package org.glossa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code glossa import X.qdpx} reads a project; {@code glossa export --format qdpx|qdc} writes one. */
class ProjectExchangeCommandsTest {
    @TempDir
    Path dir;

    @Test
    void aProjectGoesOutAndComesBackInThroughTheCommandLine() throws Exception {
        CliRunner ana = new CliRunner(dir.resolve("ana.sqlite"));
        Path text = Files.writeString(dir.resolve("notes.md"), "# Harvest\n\nThe harvest in Zoë's village was poor.\n");
        assertThat(ana.run("import", text.toString()).code()).isZero();
        assertThat(ana.run("annotate", "--author", "Ana", "2", "--quote", "harvest in Zoë's village", "--tag", "claim/economic",
                "--note", "Poor year").code()).isZero();
        assertThat(ana.run("collection", "create", "Field").code()).isZero();
        assertThat(ana.run("collection", "add", "Field", "2").code()).isZero();

        Path project = dir.resolve("out.qdpx");
        CliRunner.Result out = ana.run("export", "--all", "--format", "qdpx", "-o", project.toString());
        assertThat(out.code()).as(out.err()).isZero();
        try (ZipFile zip = new ZipFile(project.toFile())) {
            assertThat(zip.getEntry("project.qde")).isNotNull();
        }
        Path field = dir.resolve("field.qdpx");
        assertThat(ana.run("export", "--collection", "field", "--format", "qdpx", "-o", field.toString()).code()).isZero();
        Path codebook = dir.resolve("codes.qdc");
        assertThat(ana.run("export", "--all", "--format", "qdc", "-o", codebook.toString()).code()).isZero();
        assertThat(Files.readString(codebook)).contains("name=\"economic\"");

        CliRunner bea = new CliRunner(dir.resolve("bea.sqlite"));
        CliRunner.Result in = bea.run("import", project.toString());
        assertThat(in.code()).as(in.err()).isZero();
        assertThat(in.out()).startsWith("Imported project \"Glossa library\": 1 document(s) new, 1 already here").contains("coders: Ana.");
        CliRunner.Result json = bea.run("import", "--json", field.toString());
        assertThat(json.code()).isZero();
        java.util.List<Map<String, Object>> rows = LibraryCommand.JSON.readValue(json.out(),
                new com.fasterxml.jackson.core.type.TypeReference<java.util.List<Map<String, Object>>>() { });
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0)).containsEntry("status", "project").containsEntry("documentsAlreadyHere", 1)
                .containsEntry("annotationsUnchanged", 1);
        CliRunner.Result notes = bea.run("annotations", "2", "--json");
        assertThat(notes.out()).contains("\"exact\" : \"harvest in Zoë's village\"").contains("Poor year")
                .contains("claim/economic");
    }

    @Test
    void wrongScopesAndBadFilesSayWhatToDoInOneLine() throws Exception {
        CliRunner cli = new CliRunner(dir.resolve("library.sqlite"));
        CliRunner.Result doc = cli.run("export", "1", "--format", "qdpx", "-o", dir.resolve("x.qdpx").toString());
        assertThat(doc.code()).isEqualTo(1);
        assertThat(doc.err().strip()).isEqualTo("glossa: A REFI-QDA export takes --all or --collection NAME.");
        CliRunner.Result qdc = cli.run("export", "--collection", "x", "--format", "qdc", "-o", dir.resolve("x.qdc").toString());
        assertThat(qdc.code()).isEqualTo(1);
        assertThat(qdc.errLines()).hasSize(1);

        Path bad = Files.writeString(dir.resolve("bad.qdpx"), "not a zip");
        CliRunner.Result r = cli.run("import", bad.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.errLines()).containsExactly(
                "glossa: bad.qdpx is not a zip archive, so it is not a REFI-QDA project; get a fresh copy.");
        assertThat(cli.run("list").out().lines().count()).isEqualTo(1); // only the sample article
    }
}
