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
}
