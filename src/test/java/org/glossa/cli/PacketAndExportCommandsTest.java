package org.glossa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** export --format md|html|pdf|anki, open, and a class round trip with packet commands, as scripts use them. */
class PacketAndExportCommandsTest {
    private static final String ESSAY = "Rivers shape cities.\n\nFloods shaped the streets of old towns.\n";

    @TempDir
    Path dir;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int glossa(String library, String author, String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        List<String> all = new ArrayList<>(List.of("--library", dir.resolve(library).toString()));
        all.addAll(List.of(args));
        if (author != null) {
            all.addAll(List.of("--author", author));
        }
        return GlossaCli.run(all.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private String essay(String library) throws Exception {
        Path file = dir.resolve("essay.txt");
        Files.writeString(file, ESSAY);
        assertThat(glossa(library, null, "import", file.toString())).isZero();
        return out.toString().split("\t")[0].strip();
    }

    @Test
    void everyExportFormatWritesItsFile() throws Exception {
        String doc = essay("a.sqlite");
        assertThat(glossa("a.sqlite", null, "annotate", doc, "--quote", "Floods", "--note", "<script>x</script>",
                "--tag", "claim")).isZero();
        for (String format : List.of("md", "html", "pdf", "anki", "jsonld")) {
            Path file = dir.resolve("out." + format);
            assertThat(glossa("a.sqlite", null, "export", doc, "--format", format, "-o", file.toString()))
                    .as(format + ": " + err).isZero();
            assertThat(Files.size(file)).isPositive();
        }
        assertThat(Files.readString(dir.resolve("out.md"))).contains("> Floods", "glossa://open?doc=");
        assertThat(Files.readString(dir.resolve("out.html"))).contains("&lt;script&gt;").doesNotContain("<script>");
        assertThat(Files.readString(dir.resolve("out.anki"))).startsWith("#separator:tab\n").contains("{{c1::Floods}}");
        assertThat(glossa("a.sqlite", null, "export", "--tag", "claim", "--format", "anki", "--cards", "quote", "-o",
                dir.resolve("tag.txt").toString())).isZero();
        assertThat(Files.readString(dir.resolve("tag.txt"))).contains("#notetype:Basic");
        assertThat(glossa("a.sqlite", null, "export", "--all", "--format", "pdf", "-o", dir.resolve("x.pdf").toString()))
                .isEqualTo(1);
        assertThat(err.toString()).startsWith("glossa: pdf exports one whole document");
    }

    @Test
    void aLinkFromTheMarkdownOpensAtItsPassage() throws Exception {
        String doc = essay("a.sqlite");
        assertThat(glossa("a.sqlite", null, "annotate", doc, "--quote", "Floods shaped")).isZero();
        Path md = dir.resolve("notes.md");
        assertThat(glossa("a.sqlite", null, "export", doc, "--format", "md", "-o", md.toString())).isZero();
        String link = Files.readString(md).replaceAll("(?s).*<(glossa://[^>]+)>.*", "$1");
        assertThat(glossa("a.sqlite", null, "open", link)).isZero();
        assertThat(out.toString()).startsWith(doc + "\t" + ESSAY.indexOf("Floods") + "\t").contains("\u201cFloods shaped\u201d");
        assertThat(glossa("a.sqlite", null, "open", doc, "--at", "7")).isZero();
        assertThat(out.toString()).contains("\u201cshape cities.");
        assertThat(glossa("a.sqlite", null, "open", "glossa://open?doc=urn%3Asha256%3A00")).isEqualTo(1);
    }

    @Test
    void aClassRoundTripThroughPacketCommands() throws Exception {
        String doc = essay("teacher.sqlite");
        assertThat(glossa("teacher.sqlite", "Ms Lee", "packet", "create", "Week 3", "--intro", "Read it.")).isZero();
        String packet = out.toString().strip();
        assertThat(glossa("teacher.sqlite", "Ms Lee", "packet", "add", packet, doc)).isZero();
        assertThat(glossa("teacher.sqlite", "Ms Lee", "packet", "question", packet, doc, "Why floods?", "--answer",
                "Rivers.")).isZero();
        assertThat(glossa("teacher.sqlite", "Ms Lee", "packet", "list")).isZero();
        assertThat(out.toString()).contains("Week 3 \u2014 Ms Lee", "1 question");
        for (String edition : List.of("student", "teacher")) {
            Path pdf = dir.resolve(edition + ".pdf");
            assertThat(glossa("teacher.sqlite", "Ms Lee", "packet", "export", packet, "--format", "pdf", "--edition",
                    edition, "-o", pdf.toString())).as(err.toString()).isZero();
        }
        Path bundle = dir.resolve("week3.glossa");
        assertThat(glossa("teacher.sqlite", "Ms Lee", "packet", "export", packet, "--format", "bundle", "-o",
                bundle.toString())).isZero();
        for (String student : List.of("ana", "bo")) {
            String lib = student + ".sqlite";
            assertThat(glossa(lib, student, "packet", "import", bundle.toString())).as(err.toString()).isZero();
            String studentPacket = out.toString().split("\t")[0];
            assertThat(glossa(lib, null, "list")).isZero();
            String studentDoc = out.toString().lines().filter(l -> l.contains("Rivers")).findFirst().orElseThrow()
                    .split("\t")[0];
            assertThat(glossa(lib, student, "annotate", studentDoc, "--quote", "Floods shaped")).isZero();
            assertThat(glossa(lib, student, "packet", "export", studentPacket, "--format", "work", "-o",
                    dir.resolve(student + ".glossa").toString())).isZero();
        }
        assertThat(glossa("teacher.sqlite", "Ms Lee", "packet", "import", dir.resolve("ana.glossa").toString(),
                dir.resolve("bo.glossa").toString())).as(err.toString()).isZero();
        assertThat(glossa("teacher.sqlite", "Ms Lee", "packet", "layers", doc)).isZero();
        assertThat(out.toString()).contains("1\tana", "1\tbo");
        assertThat(glossa("teacher.sqlite", "Ms Lee", "packet", "marked", doc)).isZero();
        assertThat(out.toString()).startsWith("2\t").contains("\u201cFloods shaped\u201d\tana, bo");
        assertThat(glossa("teacher.sqlite", "Ms Lee", "packet", "import", dir.resolve("essay.txt").toString()))
                .isEqualTo(1);
        assertThat(err.toString()).startsWith("glossa: This .glossa bundle cannot be opened");
    }
}
