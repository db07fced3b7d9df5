package org.glossa.core.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.glossa.core.search.TestDocuments.add;

import java.nio.file.Path;
import java.util.List;
import org.glossa.core.GlossaException;
import org.glossa.core.Library;
import org.glossa.model.Annotation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClaimsTest {
    @TempDir
    Path dir;
    Library lib;
    long book;
    long article;
    Annotation onPage2;
    Annotation onPage3;
    Annotation inArticle;

    @BeforeEach
    void openLibrary() {
        lib = Library.open(dir.resolve("library.sqlite"));
        book = add(lib, "Book with pages", "Author A", "[page 1]", "Wheat prices rose sharply.", "[page 2]",
                "Tariffs protected farmers.", "[page 3]", "Bread riots followed.");
        article = add(lib, "Article", "Author B", "Tariffs are a tax on consumers.");
        onPage2 = lib.annotateQuote(book, "Tariffs protected farmers", 1, "yellow", "mercantilist view",
                List.of("claim/economic"));
        onPage3 = lib.annotateQuote(book, "Bread riots", 1, "red", "", List.of("evidence"));
        inArticle = lib.annotateQuote(article, "a tax on consumers", 1, "yellow", "the opposite view",
                List.of("claim"));
    }

    @AfterEach
    void close() {
        lib.close();
    }

    @Test
    void anEmptyFilterListsEveryAnnotationInDocumentAndReadingOrder() {
        List<ClaimRow> rows = lib.claims().rows("");
        assertThat(rows).extracting(ClaimRow::annotationId).containsExactly(onPage2.id(), onPage3.id(), inArticle.id());
        ClaimRow first = rows.get(0);
        assertThat(first.documentTitle()).isEqualTo("Book with pages");
        assertThat(first.quote()).isEqualTo("Tariffs protected farmers");
        assertThat(first.note()).isEqualTo("mercantilist view");
        assertThat(first.tags()).containsExactly("claim/economic");
        assertThat(first.color()).isEqualTo("yellow");
        assertThat(first.author()).isEqualTo(lib.author());
        assertThat(first.created()).isNotNull();
        assertThat(first.start()).isEqualTo(onPage2.start());
    }

    @Test
    void thePageIsTheLastPageBreakBeforeThePassageAndNullWithoutPageBreaks() {
        assertThat(lib.claims().rows("")).extracting(ClaimRow::page).containsExactly(2, 3, null);
        assertThat(lib.claims().rows("")).extracting(ClaimRow::location).containsExactly("p. 2", "p. 3", "");
    }

    @Test
    void eachRowNamesItsColoursMeaningInTheCodebook() {
        lib.setCodebook(java.util.Map.of(org.glossa.model.HighlightColor.RED, "Counter-evidence"));
        assertThat(lib.claims().rows("")).extracting(ClaimRow::colorMeaning)
                .containsExactly("Important", "Counter-evidence", "Important");
    }

    @Test
    void filtersNarrowTheRows() {
        assertThat(lib.claims().rows("tag:claim")).extracting(ClaimRow::annotationId)
                .containsExactly(onPage2.id(), inArticle.id());
        assertThat(lib.claims().rows("color:red")).extracting(ClaimRow::annotationId).containsExactly(onPage3.id());
        assertThat(lib.claims().rows("note:view")).hasSize(2);
        assertThat(lib.claims().rows("tariffs")).extracting(ClaimRow::annotationId).containsExactly(onPage2.id());
        assertThat(lib.claims().rows("tag:claim color:yellow consumers")).extracting(ClaimRow::annotationId)
                .containsExactly(inArticle.id());
    }

    @Test
    void aCollectionFilterKeepsOnlyItsDocuments() {
        long col = lib.collections().create("Week 3").id();
        lib.collections().add(col, List.of(article));
        assertThat(lib.claims().rows("in:\"week 3\"")).extracting(ClaimRow::annotationId).containsExactly(inArticle.id());
        assertThatThrownBy(() -> lib.claims().rows("in:nowhere")).isInstanceOf(GlossaException.class)
                .hasMessageContaining("nowhere");
    }

    @Test
    void theCsvFileHasAHeaderABomAndOneRecordPerAnnotation() throws Exception {
        Path csv = dir.resolve("claims.csv");
        assertThat(lib.claims().exportCsv("", csv, true)).isEqualTo(3);
        byte[] bytes = java.nio.file.Files.readAllBytes(csv);
        assertThat(bytes[0] & 0xff).isEqualTo(0xEF);
        String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        assertThat(text.lines()).hasSize(4);
        assertThat(text.substring(1)).startsWith("document_id,document,page,location,start,end,quote,note,tags,color,color_meaning");
        assertThat(text).contains(",2,p. 2,").contains("claim/economic");
    }
}
