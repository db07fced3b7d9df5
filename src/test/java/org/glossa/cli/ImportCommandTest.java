package org.glossa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {
    @TempDir
    Path dir;

    @Test
    void aFolderWithOneBadFileImportsTheRestReportsProgressAndExitsOne() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "First document.");
        Files.writeString(in.resolve("b.txt"), "Second document.");
        Files.write(in.resolve("c.pdf"), "%PDF-broken".getBytes());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = GlossaCli.run(new String[] {"--library", dir.resolve("l.sqlite").toString(), "import", "--json",
                in.toString()}, new PrintWriter(out, true), new PrintWriter(err, true));
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("[1/3] a.txt").contains("[3/3] c.pdf").contains("c.pdf: ");
        JsonNode rows = new ObjectMapper().readTree(out.toString());
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).get("status").asText()).isEqualTo("imported");
        assertThat(rows.get(0).get("id").asLong()).isPositive();
        assertThat(rows.get(2).get("status").asText()).isEqualTo("failed");
        assertThat(rows.get(2).get("error").asText()).isNotBlank();
    }

    @Test
    void oneGoodFilePrintsItsIdAndExitsZero() throws Exception {
        Path file = Files.writeString(dir.resolve("a.txt"), "Only document.");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = GlossaCli.run(new String[] {"--library", dir.resolve("l.sqlite").toString(), "import", file.toString()},
                new PrintWriter(out, true), new PrintWriter(err, true));
        assertThat(code).isZero();
        assertThat(out.toString()).matches("(?s)\\d+\timported\tOnly document\\.\\s*");
        assertThat(err.toString()).doesNotContain("[1/1]");
    }

    /** A page whose article is small next to its menu of links. */
    private Path pageWithABigMenu() throws Exception {
        StringBuilder html = new StringBuilder("<html><head><title>Deltas</title></head><body><div><ul>");
        for (int i = 0; i < 120; i++) {
            html.append("<li><a href=\"/s/").append(i).append("\">Menu section number ").append(i).append("</a></li>");
        }
        html.append("</ul></div><article>").append(("<p>Rivers carry the silt of the mountains down to the sea, and"
                + " the deltas they build are where most people on the coast now live, farm and fish.</p>").repeat(4));
        return Files.writeString(dir.resolve("deltas.html"), html.append("</article></body></html>").toString());
    }

    @Test
    void anUnsureArticleIsImportedWithAHintAndWholePageReadsTheFullPage() throws Exception {
        Path page = pageWithABigMenu();
        String library = dir.resolve("l.sqlite").toString();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertThat(GlossaCli.run(new String[] {"--library", library, "import", page.toString()},
                new PrintWriter(out, true), new PrintWriter(err, true))).isZero();
        String firstId = out.toString().split("\t")[0];
        assertThat(err.toString().strip()).isEqualTo("glossa: deltas.html: Showing the article; File \u203a Show whole page"
                + " (or glossa reimport " + firstId + " --whole-page) reads the full page.");

        StringWriter out2 = new StringWriter();
        StringWriter err2 = new StringWriter();
        assertThat(GlossaCli.run(new String[] {"--library", library, "import", "--whole-page", page.toString()},
                new PrintWriter(out2, true), new PrintWriter(err2, true))).isZero();
        assertThat(err2.toString()).isEmpty();
        String secondId = out2.toString().split("\t")[0];
        assertThat(secondId).isNotEqualTo(firstId);
        StringWriter text = new StringWriter();
        GlossaCli.run(new String[] {"--library", library, "text", secondId}, new PrintWriter(text, true),
                new PrintWriter(new StringWriter(), true));
        assertThat(text.toString()).contains("Menu section number 7").contains("Rivers carry the silt");
    }

    @Test
    void theHintsReimportReadsTheKeptPageWholeAsANewVersionKeepingAnnotations() throws Exception {
        Path page = pageWithABigMenu();
        String library = dir.resolve("l.sqlite").toString();
        StringWriter out = new StringWriter();
        GlossaCli.run(new String[] {"--library", library, "import", page.toString()},
                new PrintWriter(out, true), new PrintWriter(new StringWriter(), true));
        String id = out.toString().split("\t")[0];
        assertThat(GlossaCli.run(new String[] {"--library", library, "annotate", id, "--quote", "silt of the mountains"},
                new PrintWriter(new StringWriter(), true), new PrintWriter(new StringWriter(), true))).isZero();
        Files.delete(page); // the library keeps its own copy of the page

        StringWriter re = new StringWriter();
        StringWriter reErr = new StringWriter();
        assertThat(GlossaCli.run(new String[] {"--library", library, "reimport", id, "--whole-page", "--json"},
                new PrintWriter(re, true), new PrintWriter(reErr, true))).as(reErr.toString()).isZero();
        JsonNode report = new ObjectMapper().readTree(re.toString());
        assertThat(report.get("id").asText()).isEqualTo(id);
        assertThat(report.get("orphaned").asInt()).isZero();
        assertThat(report.get("anchored").asInt() + report.get("moved").asInt()).isEqualTo(1);
        StringWriter text = new StringWriter();
        GlossaCli.run(new String[] {"--library", library, "text", id}, new PrintWriter(text, true),
                new PrintWriter(new StringWriter(), true));
        assertThat(text.toString()).contains("Menu section number 7").contains("Rivers carry the silt");
    }

    @Test
    void reimportOfADocumentWithoutAKeptPageSaysSoInOneLineAndChangesNothing() throws Exception {
        Path file = Files.writeString(dir.resolve("a.txt"), "Only document.");
        String library = dir.resolve("l.sqlite").toString();
        StringWriter out = new StringWriter();
        GlossaCli.run(new String[] {"--library", library, "import", file.toString()},
                new PrintWriter(out, true), new PrintWriter(new StringWriter(), true));
        String id = out.toString().split("\t")[0];
        StringWriter err = new StringWriter();
        assertThat(GlossaCli.run(new String[] {"--library", library, "reimport", id, "--whole-page"},
                new PrintWriter(new StringWriter(), true), new PrintWriter(err, true))).isNotZero();
        assertThat(err.toString().strip()).doesNotContain("\n").contains("keeps no original web page");
        StringWriter text = new StringWriter();
        GlossaCli.run(new String[] {"--library", library, "text", id}, new PrintWriter(text, true),
                new PrintWriter(new StringWriter(), true));
        assertThat(text.toString()).isEqualTo("Only document.");
    }
}
