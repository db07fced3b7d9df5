package org.glossa.core.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.glossa.model.Block;
import org.glossa.model.BlockKind;
import org.glossa.model.ImportedDocument;
import org.glossa.model.Mark;
import org.glossa.model.MarkKind;
import org.glossa.model.TextDirection;
import org.junit.jupiter.api.Test;

class HtmlImporterTest {
    private final HtmlImporter importer = new HtmlImporter();

    private static String article(String body) {
        return "<!doctype html><html><head><title>T</title></head><body><article>" + body + "</article></body></html>";
    }

    private static String textOf(ImportedDocument doc, BlockKind kind) {
        String text = doc.content().text();
        return doc.content().blocks().stream().filter(b -> b.kind() == kind)
                .map(b -> text.substring(b.start(), b.end())).reduce((a, b) -> a + "|" + b).orElse("");
    }

    @Test
    void hiddenNodesNeverReachTheText() throws Exception {
        ImportedDocument doc = importer.parse(article("<p>Seen words here.</p><p hidden>secret one</p>"
                + "<p style=\"color:red; display: none\">secret two</p><div aria-hidden=\"true\">secret three</div>"
                + "<p style=\"visibility:hidden\">secret four</p>"), "a.html");
        assertThat(doc.content().text()).contains("Seen words here.").doesNotContain("secret");
    }

    @Test
    void structureBecomesBlocksAndInlineFormattingBecomesMarks() throws Exception {
        ImportedDocument doc = importer.parse(article("<h2>Sub</h2><p>A <strong>bold</strong>, <em>soft</em>, "
                + "<code>x()</code> and <a href=\"http://e.org/\">link</a>.</p><blockquote><p>Quoted.</p></blockquote>"
                + "<ol><li>first</li><li>second</li></ol><pre>a  b\n  c</pre>"
                + "<table><tr><th>Name</th><th>Age</th></tr><tr><td>Ann</td><td>7</td></tr></table>"
                + "<figure><img src=\"x.png\" alt=\"a long description\"><figcaption>The caption</figcaption></figure>"), "a.html");
        String text = doc.content().text();
        assertThat(textOf(doc, BlockKind.HEADING)).isEqualTo("Sub");
        assertThat(textOf(doc, BlockKind.QUOTE)).isEqualTo("Quoted.");
        assertThat(textOf(doc, BlockKind.LIST_ITEM)).isEqualTo("1. first|2. second");
        assertThat(textOf(doc, BlockKind.CODE)).isEqualTo("a  b\n  c");
        assertThat(textOf(doc, BlockKind.TABLE_ROW)).isEqualTo("Name \u2502 Age|Ann \u2502 7");
        assertThat(textOf(doc, BlockKind.CAPTION)).isEqualTo("The caption");
        assertThat(doc.content().marks()).extracting(m -> m.kind() + ":" + text.substring(m.start(), m.end()))
                .contains("BOLD:bold", "ITALIC:soft", "CODE:x()", "LINK:link", "BOLD:Name");
        assertThat(doc.content().marks()).filteredOn(m -> m.kind() == MarkKind.LINK).extracting(Mark::href)
                .containsExactly("http://e.org/");
    }

    @Test
    void rubyReadingsAreDroppedSoPhrasesStaySearchable() throws Exception {
        ImportedDocument doc = importer.parse(article("<p><ruby>漢<rp>(</rp><rt>かん</rt><rp>)</rp></ruby>"
                + "<ruby>字<rt>じ</rt></ruby>を読む</p>"), "a.html");
        assertThat(doc.content().text()).contains("漢字を読む").doesNotContain("かん");
    }

    @Test
    void mathMlReadsAsItsSymbols() throws Exception {
        ImportedDocument doc = importer.parse(article("<p>When <math><mi>a</mi><mo>≠</mo><mn>0</mn></math>, fine.</p>"),
                "a.html");
        assertThat(doc.content().text()).contains("When a ≠ 0 , fine.");
    }

    @Test
    void metadataComesFromTheHead() throws Exception {
        ImportedDocument doc = importer.parse("<html lang=\"he\"><head><title>Page | Site</title>"
                + "<meta property=\"og:site_name\" content=\"The Site\">"
                + "<meta property=\"article:published_time\" content=\"2020-01-02T03:04:05Z\">"
                + "<meta name=\"author\" content=\"Dana Writer\"><meta name=\"description\" content=\"Short summary.\">"
                + "</head><body><p>שלום עולם</p></body></html>", "a.html");
        assertThat(doc.author()).isEqualTo("Dana Writer");
        assertThat(doc.language()).isEqualTo("he");
        assertThat(doc.direction()).isEqualTo(TextDirection.RTL);
        assertThat(doc.metadata()).containsEntry("siteName", "The Site")
                .containsEntry("publishedTime", "2020-01-02T03:04:05Z").containsEntry("excerpt", "Short summary.");
    }

    @Test
    void corpusRightToLeftPageIsMarkedRightToLeft() throws Exception {
        Path page = Corpus.dir("html").resolve("rtl-1/source.html");
        ImportedDocument doc = new Importers().read(Files.readAllBytes(page), "source.html");
        assertThat(doc.direction()).isEqualTo(TextDirection.RTL);
        assertThat(doc.title()).isEqualTo("RTL Test");
    }

    @Test
    void blocksLieInsideTheTextAndDoNotOverlap() throws Exception {
        ImportedDocument doc = importer.parse(new String(Samples.html(), java.nio.charset.StandardCharsets.UTF_8), "a.html");
        int previousEnd = 0;
        for (Block b : doc.content().blocks()) {
            assertThat(b.start()).isGreaterThanOrEqualTo(previousEnd);
            assertThat(b.end()).isLessThanOrEqualTo(doc.content().text().length());
            previousEnd = b.end();
        }
    }
}
