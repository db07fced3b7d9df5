package org.glossa.core.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.glossa.model.BlockKind;
import org.glossa.model.DocumentContent;
import org.glossa.model.ImportedDocument;
import org.junit.jupiter.api.Test;

class PdfImporterTest {
    private final PdfImporter importer = new PdfImporter();

    @Test
    void linesJoinIntoParagraphsAndLineEndHyphensAreRepaired() {
        ImportedDocument doc = importer.read(Samples.pdf(List.of(
                List.of("This is an exam-", "ple of a well-", "known problem; a well-known one."))), "a.pdf");
        assertThat(doc.content().text()).isEqualTo("This is an example of a well-known problem; a well-known one.");
    }

    @Test
    void everyOffsetMapsToItsPage() {
        ImportedDocument doc = importer.read(Samples.pdf(List.of(List.of("Page one text."), List.of("Page two text."),
                List.of("Page three text."))), "a.pdf");
        DocumentContent content = doc.content();
        assertThat(content.blocks()).filteredOn(b -> b.kind() == BlockKind.PAGE_BREAK).extracting(b -> b.level())
                .containsExactly(1, 2, 3);
        assertThat(content.pageAt(content.text().indexOf("one"))).hasValue(1);
        assertThat(content.pageAt(content.text().indexOf("two"))).hasValue(2);
        assertThat(content.pageAt(content.text().indexOf("three"))).hasValue(3);
    }

    @Test
    void pagesWithoutContentKeepTheirPlaceAndCountWherePdfBoxDoesNotVisitThem() throws Exception {
        byte[] bytes;
        try (PDDocument pdf = Loader.loadPDF(Samples.pdf(List.of(List.of("Page one text."), List.of("Page three text."))));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            pdf.getPages().insertBefore(new PDPage(), pdf.getPage(1)); // a blank page has no content stream
            pdf.addPage(new PDPage());
            pdf.save(out);
            bytes = out.toByteArray();
        }
        List<int[]> steps = new java.util.ArrayList<>();
        DocumentContent content = importer.read(bytes, "a.pdf", (done, total) -> steps.add(new int[] {done, total}), () -> false)
                .content();
        assertThat(content.blocks()).filteredOn(b -> b.kind() == BlockKind.PAGE_BREAK).extracting(b -> b.level())
                .containsExactly(1, 2, 3, 4);
        assertThat(content.pageAt(content.text().indexOf("three"))).hasValue(3);
        assertThat(steps).extracting(s -> s[0] + "/" + s[1]).containsExactly("1/4", "2/4", "3/4", "4/4");
    }

    @Test
    void printedPageNumbersAndRunningHeadersAreNotText() {
        ImportedDocument doc = importer.read(Samples.pdf(List.of(
                List.of("A Book Title", "", "", "First page body.", "", "", "1"),
                List.of("A Book Title", "", "", "Second page body.", "", "", "2"),
                List.of("A Book Title", "", "", "Third page body.", "", "", "3"))), "a.pdf");
        assertThat(doc.content().text()).isEqualTo("First page body.\n\nSecond page body.\n\nThird page body.");
    }

    @Test
    void passwordProtectedPdfIsRefused() throws Exception {
        byte[] bytes;
        try (PDDocument doc = Loader.loadPDF(Samples.pdf())) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            bytes = saved(doc);
        }
        assertThatThrownBy(() -> importer.read(bytes, "secret.pdf")).isInstanceOf(ImportException.class)
                .hasMessageContaining("password");
    }

    @Test
    void pdfWithoutTextIsRefused() throws Exception {
        byte[] bytes;
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            bytes = saved(doc);
        }
        assertThatThrownBy(() -> importer.read(bytes, "scan.pdf")).isInstanceOf(ImportException.class)
                .hasMessageContaining("no text layer");
    }

    private static byte[] saved(PDDocument doc) throws java.io.IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }

    @Test
    void truncatedPdfIsRefused() {
        byte[] pdf = Samples.pdf();
        byte[] cut = Arrays.copyOf(pdf, pdf.length / 3);
        assertThatThrownBy(() -> new Importers().read(cut, "cut.pdf")).isInstanceOf(ImportException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void corpusPdfsKeepTheirPagesAndText() throws Exception {
        ImportedDocument wiki = importer.read(Files.readAllBytes(Corpus.dir("pdf").resolve("pdfjs_wikipedia.pdf")), "w.pdf");
        assertThat(wiki.title()).isEqualTo("PDF.js - Wikipedia");
        assertThat(wiki.content().text()).contains("PDF.js is a JavaScript library that renders Portable Document Format");
        ImportedDocument japanese = importer.read(Files.readAllBytes(Corpus.dir("pdf").resolve("issue16538.pdf")), "j.pdf");
        assertThat(japanese.content().text()).contains("マクロ経済変数").contains("リスク中立確率");
    }

    @Test
    void corpusPdfsReadAsParagraphsWithoutRunningHeadsOrBrokenAddresses() throws Exception {
        ImportedDocument wiki = importer.read(Files.readAllBytes(Corpus.dir("pdf").resolve("pdfjs_wikipedia.pdf")), "w.pdf");
        String text = wiki.content().text();
        assertThat(text).contains("github.com/mozilla/pdf.js (https://github.com/mozilla/pdf.js)")
                .doesNotContain("PDF.js PDF.js").contains("PDF.js is used in Thunderbird,[10] ownCloud,[11] Nextcloud,[12][13]"
                        + " and as browser extensions");
        assertThat(wiki.content().blocks()).anyMatch(b -> b.kind() == BlockKind.HEADING
                && text.substring(b.start(), b.end()).equals("PDF.js"));

        ImportedDocument spec = importer.read(
                Files.readAllBytes(Corpus.dir("refi-qda").resolve("REFI-QDA-1-5.pdf")), "REFI-QDA-1-5.pdf");
        DocumentContent c = spec.content();
        List<String> paragraphs = c.blocks().stream().filter(b -> b.kind() != BlockKind.PAGE_BREAK)
                .map(b -> c.text().substring(b.start(), b.end())).toList();
        long pageNumbers = paragraphs.stream().filter(p -> p.matches("\\d+")).count();
        long runningHeads = paragraphs.stream().filter(p -> p.equals("REFI-QDA")).count();
        long broken = 0;
        for (int i = 1; i < paragraphs.size(); i++) {
            String before = paragraphs.get(i - 1);
            String after = paragraphs.get(i);
            if (Character.isLowerCase(after.codePointAt(0)) && !before.matches("(?s).*[.!?:;]$") && !before.contains("<")) {
                broken++; // a sentence of prose broken in the middle (XML listings aside)
            }
        }
        System.out.printf(java.util.Locale.ROOT, "REFI-QDA-1-5.pdf: title %s, %s pages, %d paragraphs, %d lone page"
                + " numbers, %d running heads, %d prose sentences broken%n", spec.title(), spec.metadata().get("pages"),
                paragraphs.size(), pageNumbers, runningHeads, broken);
        assertThat(spec.title()).isEqualTo("REFI-QDA");
        assertThat(pageNumbers).isZero();
        assertThat(runningHeads).isLessThanOrEqualTo(1); // the title page's own title
        assertThat(broken).isLessThan(paragraphs.size() / 50);
    }
}
