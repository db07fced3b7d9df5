package org.glossa.core.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.glossa.model.BlockKind;
import org.glossa.model.ImportedDocument;
import org.junit.jupiter.api.Test;

class TextImporterMoreTest {
    private final TextImporter importer = new TextImporter();

    @Test
    void blankLinesSeparateParagraphsAndWrappedLinesAreJoined() {
        ImportedDocument doc = importer.read("Title\n\nOne line\nwrapped here.\n  \nNext.\n".getBytes(StandardCharsets.UTF_8), "a.txt");
        assertThat(doc.content().text()).isEqualTo("Title\n\nOne line wrapped here.\n\nNext.");
        assertThat(doc.content().blocks()).extracting(b -> b.kind()).containsOnly(BlockKind.PARAGRAPH).hasSize(3);
    }

    @Test
    void windows1252TextShowsItsCurlyQuotesAndDashes() {
        byte[] bytes = "\u201cYes\u201d \u2014 she said, \u2018caf\u00e9\u2019".getBytes(Charset.forName("windows-1252"));
        assertThat(importer.read(bytes, "a.txt").content().text()).isEqualTo("\u201cYes\u201d \u2014 she said, \u2018caf\u00e9\u2019");
    }

    @Test
    void byteOrderMarksDecideTheEncodingAndAreNotKept() {
        byte[] utf16 = "\ufeffZo\u00eb".getBytes(StandardCharsets.UTF_16LE);
        assertThat(importer.read(utf16, "a.txt").content().text()).isEqualTo("Zo\u00eb");
        byte[] utf8 = new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'h', 'i'};
        assertThat(importer.read(utf8, "a.txt").content().text()).isEqualTo("hi");
    }

    @Test
    void brokenUtf8IsRefusedRatherThanMisread() {
        byte[] bytes = "caf\u00e9 na\u00efve \u00fcber X".getBytes(StandardCharsets.UTF_8);
        bytes[bytes.length - 1] = (byte) 0xC3; // a lead byte with nothing after it
        assertThatThrownBy(() -> importer.read(bytes, "a.txt")).isInstanceOf(ImportException.class)
                .hasMessageContaining("UTF-8");
    }

    @Test
    void gutenbergHeaderAndLicenceStayOutOfTheBody() {
        String book = """
                The Project Gutenberg EBook of Small Tale, by Ann Author

                This eBook is for the use of anyone anywhere at no cost.

                Title: Small Tale

                Author: Ann Author

                *** START OF THIS PROJECT GUTENBERG EBOOK SMALL TALE ***

                Once upon a time
                there was a tale.

                End of the Project Gutenberg EBook of Small Tale

                *** END OF THIS PROJECT GUTENBERG EBOOK SMALL TALE ***

                1.E.1. The following sentence, with active links to, or other immediate access to, the full
                Project Gutenberg License must appear prominently.
                """;
        ImportedDocument doc = importer.read(book.getBytes(StandardCharsets.UTF_8), "tale.txt");
        assertThat(doc.content().text()).isEqualTo("Once upon a time there was a tale.");
        assertThat(doc.title()).isEqualTo("Small Tale");
        assertThat(doc.author()).isEqualTo("Ann Author");
        assertThat(doc.metadata()).containsKey("licence");
    }

    @Test
    void arabicOrHebrewTextIsReadRightToLeft() {
        assertThat(importer.read("مرحبا بكم في Glossa".getBytes(StandardCharsets.UTF_8), "a.txt")
                .direction()).isEqualTo(org.glossa.model.TextDirection.RTL);
        assertThat(importer.read("English with one שלום".getBytes(StandardCharsets.UTF_8), "a.txt")
                .direction()).isEqualTo(org.glossa.model.TextDirection.LTR);
    }

    @Test
    void corpusMobyDickKeepsOnlyTheBook() throws Exception {
        byte[] bytes = Files.readAllBytes(Corpus.dir("text").resolve("2701-0_moby-dick_en.txt"));
        ImportedDocument doc = importer.read(bytes, "moby.txt");
        assertThat(doc.title()).isEqualTo("Moby Dick; or The Whale");
        assertThat(doc.author()).isEqualTo("Herman Melville");
        assertThat(doc.content().text()).contains("Call me Ishmael.").doesNotContain("START OF THIS PROJECT GUTENBERG")
                .doesNotContain("FULL LICENSE").doesNotContain("Project Gutenberg-tm");
    }

    @Test
    void corpusWindows1252NovelReadsWithRealQuotes() throws Exception {
        byte[] bytes = Files.readAllBytes(Corpus.dir("text").resolve("pg1399_anna-karenina_en_cp1252_noheader.txt"));
        String text = importer.read(bytes, "anna.txt").content().text();
        assertThat(text).contains("Oblonskys\u2019 house").doesNotContain("\ufffd").doesNotContain("\u00e2\u0080");
        assertThat(text).startsWith("Happy families are all alike; every unhappy family is unhappy in its own way.");
    }
}
