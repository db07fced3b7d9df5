package org.glossa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** export --format jsonld, import-annotations and import --replace, as a script would use them. */
class InterchangeCommandsTest {
    private static final String V1 = "Prices rose sharply in the autumn.\n\nWages stayed where they were.\n";

    @TempDir
    Path dir;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int glossa(String library, String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        String[] all = new String[args.length + 2];
        all[0] = "--library";
        all[1] = dir.resolve(library).toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return GlossaCli.run(all, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private String importText(String library, String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        assertThat(glossa(library, "import", file.toString())).isZero();
        return out.toString().split("\t")[0].strip();
    }

    @Test
    void annotationsExportedFromOneLibraryAttachToTheSameArticleInAnother() throws Exception {
        String doc = importText("a.sqlite", "article.txt", V1);
        assertThat(glossa("a.sqlite", "annotate", doc, "--quote", "rose sharply", "--note", "why?", "--tag", "claim"))
                .isZero();
        Path jsonld = dir.resolve("out.jsonld");

        assertThat(glossa("a.sqlite", "export", doc, "--format", "jsonld", "-o", jsonld.toString())).isZero();
        assertThat(Files.readString(jsonld)).contains("\"AnnotationCollection\"", "\"rose sharply\"");
        assertThat(glossa("a.sqlite", "export", "--all", "--format", "JSONLD", "-o", dir.resolve("all.jsonld").toString()))
                .isZero();

        assertThat(glossa("a.sqlite", "annotations", doc, "--json")).isZero();
        String id = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.toString()).get(0).get("id").asText();
        Path one = dir.resolve("one.jsonld");
        assertThat(glossa("a.sqlite", "export", "--annotation", id, "--format", "jsonld", "-o", one.toString())).isZero();
        assertThat(Files.readString(one)).contains("\"type\" : \"Annotation\"").doesNotContain("AnnotationCollection");

        String other = importText("b.sqlite", "copy.txt", V1);
        assertThat(glossa("b.sqlite", "import-annotations", jsonld.toString())).isZero();
        assertThat(out.toString().strip()).isEqualTo("1 imported, 0 updated, 0 skipped, 0 conflicts, 0 refused, 0 unmatched");
        assertThat(glossa("b.sqlite", "import-annotations", jsonld.toString())).isZero();
        assertThat(out.toString().strip()).isEqualTo("0 imported, 0 updated, 1 skipped, 0 conflicts, 0 refused, 0 unmatched");
        assertThat(glossa("b.sqlite", "annotations", other)).isZero();
        assertThat(out.toString()).contains("rose sharply", "why?", "claim");
    }

    @Test
    void replacingADocumentPrintsWhatHappenedToItsAnnotations() throws Exception {
        String doc = importText("a.sqlite", "article.txt", V1);
        glossa("a.sqlite", "annotate", doc, "--quote", "rose sharply");
        glossa("a.sqlite", "annotate", doc, "--quote", "Wages stayed");
        Path v2 = dir.resolve("v2.txt");
        Files.writeString(v2, "A new first line.\n\nPrices rose sharply in the autumn.\n\nPay froze.\n");

        assertThat(glossa("a.sqlite", "import", v2.toString(), "--replace", doc)).isZero();

        assertThat(out.toString().strip()).isEqualTo(doc + "\treplaced\t0 anchored, 1 moved, 0 need review, 1 orphaned");
        assertThat(glossa("a.sqlite", "annotations", doc)).isZero();
        assertThat(out.toString()).contains("[orphaned]");
    }

    @Test
    void mistakesGetOneLineAndTheRightExitCode() throws Exception {
        String doc = importText("a.sqlite", "article.txt", V1);
        assertThat(glossa("a.sqlite", "export", doc, "--format", "docx", "-o", dir.resolve("x").toString())).isEqualTo(1);
        assertThat(err.toString().strip()).isEqualTo("glossa: Unknown export format 'docx'; use one of anki, csv, html, jsonld, md, pdf, qdc, qdpx.");
        assertThat(glossa("a.sqlite", "export", doc, "--format", "jsonld")).isEqualTo(2);
        assertThat(glossa("a.sqlite", "import-annotations", dir.resolve("missing.json").toString())).isEqualTo(1);
        assertThat(err.toString().lines().count()).isEqualTo(1);
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{ nope");
        assertThat(glossa("a.sqlite", "import-annotations", bad.toString())).isEqualTo(1);
        assertThat(err.toString()).startsWith("glossa: The file is not valid JSON");
        assertThat(glossa("a.sqlite", "import", dir.resolve("article.txt").toString(), "x", "--replace", doc)).isEqualTo(2);
    }
}
