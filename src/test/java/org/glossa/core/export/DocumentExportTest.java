package org.glossa.core.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.glossa.core.Library;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentExportTest {
    @TempDir
    Path dir;

    @Test
    void markdownOfADocumentMatchesTheReviewedFile() throws Exception {
        try (Library lib = ExportFixtures.library(dir, "Ana")) {
            long id = ExportFixtures.withAnnotations(lib);
            Golden.assertMatches("rivers.md", lib.exports().markdown(id));
        }
    }

    @Test
    void markdownOfATagHoldsOnlyThatTagsAnnotations() throws Exception {
        try (Library lib = ExportFixtures.library(dir, "Ana")) {
            ExportFixtures.withAnnotations(lib);
            String md = lib.exports().markdownForTag("claim");
            assertThat(md).contains("title: \"Tag: claim\"", "> cities that grow beside them", "#claim/geo")
                    .doesNotContain("ποταμός");
        }
    }

    @Test
    void markdownSaysWhenAPassageWasLostOrNeedsReview() throws Exception {
        try (Library lib = ExportFixtures.library(dir, "Ana")) {
            long id = ExportFixtures.withAnnotations(lib);
            var first = lib.annotations(id).get(0);
            lib.save(first.withAnchor(first.start(), first.end(), first.quote(), org.glossa.model.AnchorStatus.ORPHANED));
            var second = lib.annotations(id).get(1);
            lib.save(second.withAnchor(second.start(), second.end(), second.quote(), org.glossa.model.AnchorStatus.FUZZY));
            assertThat(lib.exports().markdown(id)).contains("Position 41–69 (passage not found in this version)",
                    "Position 53–90 (needs review)");
        }
    }

    @Test
    void htmlOfADocumentMatchesTheReviewedFile() throws Exception {
        try (Library lib = ExportFixtures.library(dir, "Ana")) {
            long id = ExportFixtures.withAnnotations(lib);
            Golden.assertMatches("rivers.html", lib.exports().html(id));
        }
    }

    @Test
    void whatUsersTypedStaysTextInHtml() throws Exception {
        try (Library lib = ExportFixtures.library(dir, "Ana")) {
            long id = ExportFixtures.withAnnotations(lib);
            String html = lib.exports().html(id);
            Document page = Jsoup.parse(html);
            assertThat(page.select("script")).isEmpty();
            assertThat(page.select("b")).isEmpty();
            assertThat(page.select("a[href^=javascript]")).isEmpty();
            assertThat(page.select(".note").text()).contains(ExportFixtures.SCRIPT_NOTE);
            assertThat(page.select(".tags").text()).contains("a&b", "greek <word>");
            assertThat(page.title()).isEqualTo(ExportFixtures.TITLE);
            assertThat(html).contains("&lt;script&gt;", "Rivers &amp; \"Cities\" &lt;Notes&gt;");
        }
    }

    @Test
    void overlappingHighlightsAreSplitIntoRunsInBothColours() throws Exception {
        try (Library lib = ExportFixtures.library(dir, "Ana")) {
            long id = ExportFixtures.withAnnotations(lib);
            Document page = Jsoup.parse(lib.exports().html(id));
            assertThat(page.select("span.hl-yellow").text()).contains("cities that");
            assertThat(page.select("span.hl.overlap").text()).isEqualTo("grow beside them");
            assertThat(page.select("span.hl-green").eachText()).contains(". The", "(Москва)");
            assertThat(page.select("sup.ref").eachText()).containsExactly("1", "2", "3");
        }
    }

    @Test
    void pdfCarriesTheQuotesAndNotesInLatinCyrillicAndGreek() throws Exception {
        try (Library lib = ExportFixtures.library(dir, "Ana")) {
            long id = ExportFixtures.withAnnotations(lib);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            lib.exports().pdf(id, out);
            try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
                String text = new PDFTextStripper().getText(pdf);
                assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(2);
                assertThat(text).contains("Reading Notes on Rivers", "Москва", "ποταμός", "Cities follow water.",
                        "<script>alert('x')</script>", "Tags: a&b, greek <word>");
                for (var page : pdf.getPages()) {
                    for (var name : page.getResources().getFontNames()) {
                        var font = page.getResources().getFont(name);
                        assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
                        assertThat(font.getName()).contains("DejaVu");
                    }
                }
            }
        }
    }
}
