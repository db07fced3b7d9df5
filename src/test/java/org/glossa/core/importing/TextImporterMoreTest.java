package org.glossa.core.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
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

    /** The chapter numbers the source file's "CHAPTER n." lines name (its contents list and its text), counted once each. */
    private static long distinctChapterNumbers(String source) {
        java.util.regex.Pattern label = java.util.regex.Pattern.compile("CHAPTER (\\d+)\\..*");
        return source.lines().map(l -> label.matcher(l.strip())).filter(java.util.regex.Matcher::matches)
                .map(m -> m.group(1)).distinct().count();
    }

    /** No heading follows another of the same level with no text between (a contents list read as chapters). */
    private static void assertEveryHeadingHasText(ImportedDocument doc) {
        List<org.glossa.model.Block> blocks = doc.content().blocks();
        for (int i = 0; i + 1 < blocks.size(); i++) {
            org.glossa.model.Block b = blocks.get(i);
            org.glossa.model.Block next = blocks.get(i + 1);
            if (b.kind() == org.glossa.model.BlockKind.HEADING && next.kind() == org.glossa.model.BlockKind.HEADING) {
                assertThat(next.level()).as("heading after %s", doc.content().text().substring(b.start(), b.end()))
                        .isGreaterThan(b.level());
            }
        }
    }

    @Test
    void corpusMobyDickListsEachChapterOnceInItsContents() throws Exception {
        byte[] bytes = Files.readAllBytes(Corpus.dir("text").resolve("2701-0_moby-dick_en.txt"));
        ImportedDocument doc = importer.read(bytes, "moby.txt");
        List<TableOfContents.Entry> toc = TableOfContents.of(doc.content());
        List<String> chapters = toc.stream().map(TableOfContents.Entry::title).filter(t -> t.startsWith("CHAPTER ")).toList();
        long labelled = distinctChapterNumbers(new String(bytes, StandardCharsets.UTF_8));
        assertThat(chapters).hasSizeGreaterThanOrEqualTo(130).doesNotHaveDuplicates();
        assertThat((long) chapters.size()).isEqualTo(labelled);
        assertThat(chapters.get(0)).isEqualTo("CHAPTER 1. Loomings.");
        assertThat(chapters.get(chapters.size() - 1)).startsWith("CHAPTER 135.");
        assertThat(toc.get(0).title()).startsWith("ETYMOLOGY.");
        assertThat(toc.get(toc.size() - 1).title()).startsWith("Epilogue");
        assertThat(doc.content().text().substring(toc.get(2).offset())).startsWith("CHAPTER 1. Loomings.\n\nCall me Ishmael.");
        assertEveryHeadingHasText(doc);
    }

    @Test
    void corpusAnnaKareninaHasPartsAboveItsChaptersAndNoSentenceForATitle() throws Exception {
        byte[] bytes = Files.readAllBytes(Corpus.dir("text").resolve("pg1399_anna-karenina_en_cp1252_noheader.txt"));
        ImportedDocument doc = importer.read(bytes, "anna-karenina.txt");
        String source = new String(bytes, java.nio.charset.Charset.forName("windows-1252"));
        List<TableOfContents.Entry> toc = TableOfContents.of(doc.content());
        List<TableOfContents.Entry> parts = toc.stream().filter(e -> e.title().startsWith("PART ")).toList();
        List<TableOfContents.Entry> chapters = toc.stream().filter(e -> e.title().startsWith("Chapter ")).toList();
        assertThat(source.lines().filter(l -> l.strip().matches("Chapter \\d+")).count()).isEqualTo(chapters.size());
        assertThat(chapters).hasSizeGreaterThanOrEqualTo(230).allSatisfy(e -> assertThat(e.level()).isEqualTo(2));
        assertThat(parts).extracting(TableOfContents.Entry::title).containsExactly("PART TWO", "PART THREE", "PART FOUR",
                "PART FIVE", "PART SIX", "PART SEVEN", "PART EIGHT");
        assertThat(parts).allSatisfy(e -> assertThat(e.level()).isEqualTo(1));
        assertThat(toc).hasSize(parts.size() + chapters.size());
        assertThat(doc.title()).isEqualTo("anna-karenina").doesNotContain("Happy families");
        assertEveryHeadingHasText(doc);
    }
}
