package org.glossa.core.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.glossa.model.Block;
import org.glossa.model.BlockKind;
import org.glossa.model.ImportedDocument;
import org.glossa.model.TextDirection;
import org.junit.jupiter.api.Test;

/** A book's cover, contents pages and pictures, and the Contents its navigation document gives. */
class EpubBookTest {
    private final EpubImporter importer = new EpubImporter();

    /** An EPUB 3 book: spine pages by file name (body markup), and the nav document's list. */
    private static byte[] book(Map<String, String> pages, String navList) {
        return book(pages, navList, Map.of());
    }

    /** The book with pictures beside its pages (archive paths under OEBPS/). */
    static byte[] book(Map<String, String> pages, String navList, Map<String, byte[]> pictures) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        pictures.forEach((name, bytes) -> files.put("OEBPS/" + name, bytes));
        files.put("mimetype", "application/epub+zip".getBytes(StandardCharsets.UTF_8));
        files.put("META-INF/container.xml", Samples.CONTAINER.getBytes(StandardCharsets.UTF_8));
        StringBuilder manifest = new StringBuilder("<item id=\"nav\" href=\"nav.xhtml\" properties=\"nav\""
                + " media-type=\"application/xhtml+xml\"/>");
        StringBuilder spine = new StringBuilder("<itemref idref=\"nav\" linear=\"no\"/>");
        int i = 0;
        for (var page : pages.entrySet()) {
            manifest.append("<item id=\"p").append(i).append("\" href=\"").append(page.getKey())
                    .append("\" media-type=\"application/xhtml+xml\"/>");
            spine.append("<itemref idref=\"p").append(i++).append("\"/>");
            files.put("OEBPS/" + page.getKey(), xhtml(page.getValue()));
        }
        files.put("OEBPS/nav.xhtml", xhtml("<section><header><h1>Contents</h1></header>"
                + "<nav epub:type=\"toc\"><ol>" + navList + "</ol></nav>"
                + "<nav epub:type=\"landmarks\" hidden=\"hidden\"><ol><li><a href=\"cover.xhtml\">Cover</a></li></ol></nav>"
                + "</section>"));
        String opf = "<?xml version=\"1.0\"?><package xmlns=\"http://www.idpf.org/2007/opf\" version=\"3.0\">"
                + "<metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>Book</dc:title>"
                + "<dc:language>en</dc:language></metadata><manifest>" + manifest + "</manifest><spine>" + spine
                + "</spine></package>";
        files.put("OEBPS/content.opf", opf.getBytes(StandardCharsets.UTF_8));
        return Samples.zip(files);
    }

    private static byte[] xhtml(String body) {
        return ("<?xml version=\"1.0\" encoding=\"utf-8\"?><html xmlns=\"http://www.w3.org/1999/xhtml\""
                + " xmlns:epub=\"http://www.idpf.org/2007/ops\"><head><title>t</title></head><body>" + body
                + "</body></html>").getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> contents(ImportedDocument doc) {
        return TableOfContents.of(doc.content()).stream().map(e -> e.level() + " " + e.title()).toList();
    }

    private static List<String> blocksOf(ImportedDocument doc, BlockKind kind) {
        String text = doc.content().text();
        return doc.content().blocks().stream().filter(b -> b.kind() == kind).map(b -> text.substring(b.start(), b.end()))
                .toList();
    }

    static Map<String, String> pages(String... nameThenBody) {
        Map<String, String> pages = new LinkedHashMap<>();
        for (int i = 0; i < nameThenBody.length; i += 2) {
            pages.put(nameThenBody[i], nameThenBody[i + 1]);
        }
        return pages;
    }

    @Test
    void theCoverPictureAndTheContentsPageAreNotPartOfTheText() {
        ImportedDocument doc = importer.read(book(pages(
                "cover.xhtml", "<img src=\"cover.jpg\" alt=\"Cover Image\"/>",
                "toc.xhtml", "<h1>Contents</h1><p><a href=\"one.xhtml\">One</a></p><p><a href=\"two.xhtml\">Two</a></p>"
                        + "<p><a href=\"three.xhtml\">Three</a></p>",
                "one.xhtml", "<h2>One</h2><p>First.</p>", "two.xhtml", "<h2>Two</h2><p>Second.</p>",
                "three.xhtml", "<h2>Three</h2><p>Third.</p>"),
                "<li><a href=\"one.xhtml\">One</a></li><li><a href=\"two.xhtml\">Two</a></li><li><a href=\"three.xhtml\">Three</a></li>"),
                "b.epub");
        assertThat(doc.content().text()).startsWith("One\n\nFirst.").doesNotContain("Cover Image").doesNotContain("Contents");
        assertThat(contents(doc)).containsExactly("1 One", "1 Two", "1 Three");
    }

    @Test
    void theNavigationDocumentDecidesTheContentsAndItsDepth() {
        ImportedDocument doc = importer.read(book(pages(
                "title.xhtml", "<h1>The Book</h1><h4>Copyright, 1916, By Somebody</h4>",
                "one.xhtml", "<h2>Part One</h2><p>Opening.</p><h3 id=\"s1\">A Section</h3><p>More.</p>"
                        + "<h3 id=\"s2\">Another</h3><p>Yet more.</p>"),
                "<li><a href=\"title.xhtml\">Title Page</a></li><li><a href=\"one.xhtml\">Part One</a><ol>"
                        + "<li><a href=\"one.xhtml#s1\">A Section</a></li><li><a href=\"one.xhtml#s2\">Another</a></li></ol></li>"),
                "b.epub");
        assertThat(contents(doc)).containsExactly("1 The Book", "1 Part One", "2 A Section", "2 Another");
        assertThat(blocksOf(doc, BlockKind.PARAGRAPH)).contains("Copyright, 1916, By Somebody");
        String text = doc.content().text();
        assertThat(TableOfContents.of(doc.content())).allSatisfy(e -> assertThat(text.startsWith(e.title(), e.offset())).isTrue());
    }

    @Test
    void aCoarseContentsListLeavesTheTextsHeadings() {
        ImportedDocument doc = importer.read(book(pages(
                "all.xhtml", "<h1>First</h1><p>a</p><h1>Second</h1><p>b</p><h1>Third</h1><p>c</p>"),
                "<li><a href=\"all.xhtml\">Start reading</a></li>"), "b.epub");
        assertThat(contents(doc)).containsExactly("1 First", "1 Second", "1 Third");
    }

    @Test
    void picturesAreCaptionLinesWithTheirDescriptionAndNoHeadingIsEmpty() {
        ImportedDocument doc = importer.read(book(pages(
                "one.xhtml", "<h2>One</h2><p>Before.</p><figure><img src=\"a.jpg\" alt=\"A rabbit with a watch\"/></figure>"
                        + "<p><img src=\"b.jpg\" alt=\"Illo2\"/></p>"
                        + "<figure><img src=\"c.jpg\" alt=\"x\"/><figcaption><p>Alice and the Duchess.</p></figcaption></figure>"
                        + "<p>After <img src=\"d.jpg\" alt=\"a drop cap\"/> it.</p><h2> </h2>"),
                "<li><a href=\"one.xhtml\">One</a></li>"), "b.epub");
        assertThat(blocksOf(doc, BlockKind.CAPTION))
                .containsExactly("[Figure: A rabbit with a watch]", "[Figure]", "Alice and the Duchess.");
        assertThat(doc.content().text()).contains("After a drop cap it.");
        assertThat(doc.content().blocks()).filteredOn(b -> b.kind() == BlockKind.HEADING)
                .allSatisfy(b -> assertThat(doc.content().text().substring(b.start(), b.end())).isNotBlank());
    }

    @Test
    void webPagesKeepTheirPicturesAsBefore() {
        ImportedDocument page = new HtmlImporter().read(("<html><body><article><h1>T</h1><p>Some words here to read.</p>"
                + "<figure><img src=\"a.jpg\" alt=\"Illo1\"/></figure><p>More words here to read.</p></article></body></html>")
                .getBytes(StandardCharsets.UTF_8), "p.html");
        assertThat(page.content().text()).doesNotContain("[Figure");
    }

    @Test
    void corpusAliceStartsWithItsTitleAndShowsItsPictures() throws Exception {
        ImportedDocument doc = importer.read(Files.readAllBytes(Corpus.dir("epub").resolve("alice.epub")), "alice.epub");
        String text = doc.content().text();
        assertThat(text).doesNotStartWith("Cover Image").startsWith("Alice's Adventures In Wonderland");
        List<TableOfContents.Entry> toc = TableOfContents.of(doc.content());
        assertThat(toc).extracting(TableOfContents.Entry::title).doesNotContain("Contents")
                .noneMatch(t -> t.startsWith("Copyright")).contains("Down The Rabbit-Hole", "Alice's Evidence");
        assertThat(toc).hasSize(11).allSatisfy(e -> assertThat(text.startsWith(e.title(), e.offset())).isTrue());
        assertThat(blocksOf(doc, BlockKind.CAPTION)).hasSizeGreaterThanOrEqualTo(20).contains("Alice in the Room of the Duchess.");
        assertThat(doc.content().blocks()).filteredOn(b -> b.kind() == BlockKind.HEADING).map(Block::end)
                .allSatisfy(end -> assertThat(end).isPositive());
    }

    @Test
    void corpusArabicBookStillReadsRightToLeftWithItsHeadings() throws Exception {
        ImportedDocument doc = importer.read(Files.readAllBytes(Corpus.dir("epub").resolve("regime-anticancer-arabic.epub")),
                "ar.epub");
        assertThat(doc.direction()).isEqualTo(TextDirection.RTL);
        assertThat(doc.content().text()).doesNotContain("cover").doesNotContain("titlepage");
        assertThat(TableOfContents.of(doc.content())).extracting(TableOfContents.Entry::title).contains("ما هو السرطان؟");
    }

    /** Where the link over {@code words} leads: the text from its target to the end of that line. */
    private static String whereTheLinkLeads(ImportedDocument doc, String words) {
        String text = doc.content().text();
        int at = text.indexOf(words);
        String href = doc.content().marks().stream()
                .filter(m -> m.kind() == org.glossa.model.MarkKind.LINK && m.start() <= at && at < m.end())
                .findFirst().orElseThrow().href();
        assertThat(href).startsWith("#");
        int target = doc.content().marks().stream()
                .filter(m -> m.kind() == org.glossa.model.MarkKind.TARGET && m.href().equals(href.substring(1)))
                .findFirst().orElseThrow(() -> new AssertionError("no place named " + href)).start();
        while (Character.isWhitespace(text.charAt(target))) {
            target++;
        }
        int nl = text.indexOf('\n', target);
        return text.substring(target, nl < 0 ? text.length() : nl);
    }

    @Test
    void noteReferencesLeadToTheirOwnPagesNoteEvenWhenEveryChapterNumbersItsNotesFromOne() {
        ImportedDocument doc = importer.read(book(pages(
                "one.xhtml", "<h1>One</h1><p id=\"r1\">The river rose<a epub:type=\"noteref\" href=\"#n1\">first-note</a>.</p>"
                        + "<aside epub:type=\"footnote\" id=\"n1\"><p>The spring flood of that year.</p></aside>",
                "two.xhtml", "<h1>Two</h1><p>The sea came in<a epub:type=\"noteref\" href=\"notes.xhtml#n1\">end-note</a>.</p>"
                        + "<p>Back to <a href=\"one.xhtml\">the first chapter</a>.</p>",
                "notes.xhtml", "<h1>Notes</h1><ol><li id=\"n1\"><p>The tide tables of the harbour. <a href=\"two.xhtml\">back</a></p></li></ol>"),
                "<li><a href=\"one.xhtml\">One</a></li><li><a href=\"two.xhtml\">Two</a></li><li><a href=\"notes.xhtml\">Notes</a></li>"),
                "b.epub");
        assertThat(whereTheLinkLeads(doc, "first-note")).isEqualTo("The spring flood of that year.");
        assertThat(whereTheLinkLeads(doc, "end-note")).isEqualTo("1. The tide tables of the harbour. back");
        assertThat(whereTheLinkLeads(doc, "the first chapter")).isEqualTo("One");
    }
}
