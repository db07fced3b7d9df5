package org.glossa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCollectionTest {
    @TempDir
    Path dir;

    @Test
    void aCollectionExportsAsOneMarkdownFileWithEachDocumentsAnnotations() throws Exception {
        CliRunner cli = new CliRunner(dir.resolve("library.sqlite"));
        Path other = Files.writeString(dir.resolve("other.md"), "# Rivers\n\nThe Volga flows into the Caspian Sea.\n");
        assertThat(cli.run("import", other.toString()).code()).isZero();
        assertThat(cli.run("annotate", "1", "--quote", "neutral position", "--note", "Why neutral?").code()).isZero();
        assertThat(cli.run("annotate", "2", "--quote", "Caspian Sea", "--tag", "geo").code()).isZero();
        assertThat(cli.run("collection", "create", "Week 3").code()).isZero();
        assertThat(cli.run("collection", "add", "Week 3", "1", "2").code()).isZero();

        Path out = dir.resolve("week3.md");
        CliRunner.Result r = cli.run("export", "--collection", "Week 3", "--format", "md", "-o", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        String md = Files.readString(out);
        assertThat(md).startsWith("---\n").contains("title: \"Week 3\"")
                .contains("> neutral position").contains("Why neutral?")
                .contains("> Caspian Sea").contains("#geo").contains("## Rivers");

        CliRunner.Result wrong = cli.run("export", "--collection", "Week 3", "--format", "pdf", "-o", out.toString());
        assertThat(wrong.code()).isEqualTo(1);
        assertThat(wrong.err()).startsWith("glossa: ").contains("Markdown");
    }
}
