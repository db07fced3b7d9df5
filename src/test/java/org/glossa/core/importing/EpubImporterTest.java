package org.glossa.core.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.glossa.model.BlockKind;
import org.glossa.model.ImportedDocument;
import org.glossa.model.TextDirection;
import org.junit.jupiter.api.Test;

class EpubImporterTest {
    private final EpubImporter importer = new EpubImporter();

    private static List<String> headings(ImportedDocument doc) {
        String text = doc.content().text();
        return doc.content().blocks().stream().filter(b -> b.kind() == BlockKind.HEADING)
                .map(b -> text.substring(b.start(), b.end())).toList();
    }

    @Test
    void chaptersFollowTheSpineWithTheirHeadings() {
        ImportedDocument doc = importer.read(Samples.epub("Tiny", "en", null,
                List.of("<h1>Chapter One</h1><p>It began.</p>", "<h1>Chapter Two</h1><p>It ended.</p>")), "tiny.epub");
        assertThat(doc.title()).isEqualTo("Tiny");
        assertThat(doc.author()).isEqualTo("A. Writer");
        assertThat(doc.language()).isEqualTo("en");
        assertThat(headings(doc)).containsExactly("Chapter One", "Chapter Two");
        assertThat(doc.content().text()).isEqualTo("Chapter One\n\nIt began.\n\nChapter Two\n\nIt ended.");
    }

    @Test
    void theTableOfContentsJumpsToEachChapter() {
        ImportedDocument doc = importer.read(Samples.epub("Tiny", "en", null,
                List.of("<h1>One</h1><h2>One.a</h2><p>x</p>", "<p>No heading in this chapter.</p>")), "tiny.epub");
        String text = doc.content().text();
        assertThat(TableOfContents.of(doc.content())).extracting(TableOfContents.Entry::level, TableOfContents.Entry::title)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "One"), org.assertj.core.groups.Tuple.tuple(2, "One.a"));
        assertThat(TableOfContents.of(doc.content())).allSatisfy(e -> assertThat(text.startsWith(e.title(), e.offset())).isTrue());
    }

    @Test
    void rightToLeftComesFromTheSpineOrTheLanguage() {
        assertThat(importer.read(Samples.epub("T", "en", "rtl", List.of("<p>x</p>")), "a.epub").direction())
                .isEqualTo(TextDirection.RTL);
        assertThat(importer.read(Samples.epub("T", "fa", null, List.of("<p>x</p>")), "a.epub").direction())
                .isEqualTo(TextDirection.RTL);
    }

    @Test
    void corpusAliceHasItsChaptersInOrder() throws Exception {
        ImportedDocument doc = importer.read(Files.readAllBytes(Corpus.dir("epub").resolve("alice.epub")), "alice.epub");
        assertThat(doc.title()).isEqualTo("Alice's Adventures in Wonderland");
        assertThat(doc.author()).isEqualTo("Lewis Carroll");
        assertThat(headings(doc)).containsSubsequence("Down The Rabbit-Hole", "The Pool Of Tears", "Alice's Evidence");
        assertThat(doc.content().text()).contains("Alice was beginning to get very tired of sitting by her sister");
    }

    @Test
    void corpusArabicBookIsRightToLeft() throws Exception {
        ImportedDocument doc = importer.read(Files.readAllBytes(Corpus.dir("epub").resolve("regime-anticancer-arabic.epub")),
                "ar.epub");
        assertThat(doc.direction()).isEqualTo(TextDirection.RTL);
        assertThat(doc.language()).isEqualTo("ar");
        assertThat(headings(doc)).contains("ما هو السرطان؟");
    }

    @Test
    void zipBombIsRefused() {
        byte[] zeros = new byte[64 * 1024 * 1024]; // compresses about 1000:1
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("mimetype", "application/epub+zip".getBytes(StandardCharsets.UTF_8));
        files.put("OEBPS/big.xhtml", zeros);
        byte[] bomb = Samples.zip(files);
        assertThat(bomb.length).isLessThan(1024 * 1024);
        assertThatThrownBy(() -> importer.read(bomb, "bomb.epub")).isInstanceOf(ImportException.class)
                .hasMessageContaining("zip bomb");
    }

    @Test
    void entriesClimbingOutOfTheArchiveAreRefused() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("META-INF/container.xml", Samples.CONTAINER.getBytes(StandardCharsets.UTF_8));
        files.put("../../etc/evil", "x".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> importer.read(Samples.zip(files), "evil.epub")).isInstanceOf(ImportException.class)
                .hasMessageContaining("unsafe file name");
    }

    @Test
    void externalEntitiesInTheContainerAreNeverResolved() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE c [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<container xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\"><rootfiles>"
                + "<rootfile full-path=\"&x;\"/></rootfiles></container>";
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("META-INF/container.xml", xxe.getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> importer.read(Samples.zip(files), "xxe.epub")).isInstanceOf(ImportException.class)
                .hasMessageContaining("DOCTYPE").hasMessageNotContaining("root:");
    }

    @Test
    void truncatedBookIsRefusedWithOneLine() {
        byte[] book = Samples.epub();
        byte[] cut = Arrays.copyOf(book, book.length / 2);
        assertThatThrownBy(() -> importer.read(cut, "cut.epub")).isInstanceOf(ImportException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n").contains("cut.epub"));
    }
}
