package org.glossa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.glossa.Main;
import org.glossa.core.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code glossa export} on a disk that fills up midway: a real second process whose files may
 * not grow past 1.5 MiB writes a 2 MB HTML export over a good earlier one. The command fails with
 * one line, the earlier export is byte-for-byte what it was, and no half file is left beside it.
 */
class ExportOnFullDiskTest {
    private static final long LIMIT_KIB = 1536; // above what the SQLite driver unpacks at start (1.1 MB)

    @TempDir
    Path dir;

    @Test
    void aFullDiskLeavesTheEarlierExportIntact() throws Exception {
        Path text = dir.resolve("rivers.txt");
        Files.writeString(text, IntStream.range(0, 25_000)
                .mapToObj(i -> "Paragraph " + i + " about rivers and the floods that shaped the streets of old towns.")
                .collect(Collectors.joining("\n\n")));
        Path library = dir.resolve("library.sqlite");
        CliRunner glossa = new CliRunner(library);
        CliRunner.Result imported = glossa.run("import", text.toString());
        assertThat(imported.code()).as(imported.err()).isZero();
        String doc = imported.out().split("\t")[0].strip();

        Path exports = Files.createDirectory(dir.resolve("exports"));
        Path html = exports.resolve("rivers.html");
        assertThat(glossa.run("export", doc, "--format", "html", "-o", html.toString()).code()).isZero();
        byte[] earlier = Files.readAllBytes(html);
        assertThat(earlier.length).isGreaterThan((int) (LIMIT_KIB * 1024));
        assertThat(glossa.run("annotate", doc, "--quote", "Paragraph 7 about", "--note", "later").code()).isZero();

        Path errors = dir.resolve("child.err");
        int code;
        try (ChildJvm child = ChildJvm.startWithFileSizeLimit(LIMIT_KIB, Main.class, errors,
                "--library", library.toString(), "export", doc, "--format", "html", "-o", html.toString())) {
            assertThat(child.remainingLines()).isEmpty();
            code = child.exitCode();
        }

        String err = Files.readString(errors);
        assertThat(code).as(err).isEqualTo(1);
        assertThat(err.lines().toList()).singleElement().asString()
                .startsWith("glossa: Cannot write " + html).contains("File too large");
        assertThat(Files.size(html)).as("size of the earlier export").isEqualTo(earlier.length);
        assertThat(Arrays.equals(Files.readAllBytes(html), earlier)).as("the earlier export, byte for byte").isTrue();
        try (Stream<Path> left = Files.list(exports)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("rivers.html");
        }
    }
}
