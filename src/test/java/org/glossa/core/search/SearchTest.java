package org.glossa.core.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.glossa.core.search.TestDocuments.add;

import java.nio.file.Path;
import java.util.List;
import org.glossa.core.Library;
import org.glossa.model.Annotation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SearchTest {
    @TempDir
    Path dir;
    Library lib;
    long essay;
    long novel;

    @BeforeEach
    void openLibrary() {
        lib = Library.open(dir.resolve("library.sqlite"));
        essay = add(lib, "Essay on granaries", "Zoë Brown",
                "Granaries were built near the river to store the harvest.",
                "The quick brown fox jumped over the granary wall.");
        novel = add(lib, "Северная повесть", "Иван Петров",
                "Москва встретила нас дождём и ветром.",
                "Café society gathered at the Zoë bar every evening.");
    }

    @AfterEach
    void close() {
        lib.close();
    }

    private List<SearchHit> search(String q) {
        return lib.search().find(q, 50);
    }

    @Test
    void aWordFindsTheParagraphWithTheExactOffsetsOfTheHit() {
        List<SearchHit> hits = search("harvest");
        assertThat(hits).hasSize(1);
        SearchHit hit = hits.get(0);
        assertThat(hit.kind()).isEqualTo(SearchHit.Kind.TEXT);
        assertThat(hit.documentId()).isEqualTo(essay);
        assertThat(hit.title()).isEqualTo("Essay on granaries");
        assertThat(lib.load(essay).text().substring(hit.start(), hit.end())).isEqualTo("harvest");
        assertThat(hit.markedSnippet("«", "»")).contains("store the «harvest».");
    }

    @Test
    void offsetsInTheSecondParagraphCountFromTheStartOfTheDocument() {
        SearchHit hit = search("fox").get(0);
        assertThat(lib.load(essay).text().substring(hit.start(), hit.end())).isEqualTo("fox");
    }

    @Test
    void accentsAndCaseAreIgnoredInBothDirections() {
        assertThat(search("zoe")).extracting(SearchHit::documentId).contains(novel);
        assertThat(search("ZOË")).extracting(SearchHit::documentId).contains(novel);
        assertThat(search("cafe")).hasSize(1);
        SearchHit hit = search("cafe").get(0);
        assertThat(lib.load(novel).text().substring(hit.start(), hit.end())).isEqualTo("Café");
    }

    @Test
    void cyrillicWordsAreFoundWhateverTheirCase() {
        assertThat(search("Москва")).extracting(SearchHit::documentId).containsExactly(novel);
        assertThat(search("москва")).extracting(SearchHit::documentId).containsExactly(novel);
        assertThat(search("дожд*")).extracting(SearchHit::documentId).containsExactly(novel);
    }

    @Test
    void aPhraseMatchesOnlyWordsInThatOrder() {
        assertThat(search("\"brown fox\"")).hasSize(1);
        assertThat(search("\"fox brown\"")).isEmpty();
        SearchHit hit = search("\"quick brown fox\"").get(0);
        assertThat(lib.load(essay).text().substring(hit.start(), hit.end())).isEqualTo("quick brown fox");
        assertThat(hit.markedSnippet("[", "]")).contains("[quick brown fox]");
    }

    @Test
    void aStarMakesAPrefixAndWithoutItWholeWordsAreNeeded() {
        assertThat(search("granar")).isEmpty();
        assertThat(search("granar*")).hasSize(2);
    }

    @Test
    void allWordsMustMatchInTheSameParagraph() {
        assertThat(search("granary fox")).hasSize(1);
        assertThat(search("granary harvest")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"", "\"\"", "(", ")", "fox)", "(fox", "\"fox", "fox\"", "AND", "fox OR", "NOT fox",
            "NEAR(fox brown)", "body:fox", "*", "fox**", "^fox", "'; DROP TABLE document; --", "{body}: fox",
            "tag:", "in:", "a\u0000b", "\u0001fox\u0002", "-fox", "fox -brown", ":", "col:umn"})
    void hostileQueriesAreTextNeverSyntax(String query) {
        assertThat(lib.search().find(query, 10)).isNotNull();
        assertThat(lib.documents()).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void operatorWordsAreSearchedAsWords() {
        add(lib, "Logic", null, "Neither AND nor OR were written in capitals.");
        assertThat(search("AND")).extracting(SearchHit::title).contains("Logic");
        assertThat(search("\"fox\" OR")).isEmpty();
    }

    @Test
    void annotationsAreFoundByQuoteNoteAndTagsAndPointAtTheirPassage() {
        Annotation a = lib.annotateQuote(essay, "store the harvest", 1, "green", "Compare with Pliny", List.of("claim/agrarian"));
        assertThat(search("pliny")).singleElement().satisfies(h -> {
            assertThat(h.kind()).isEqualTo(SearchHit.Kind.ANNOTATION);
            assertThat(h.annotationId()).isEqualTo(a.id());
            assertThat(h.start()).isEqualTo(a.start());
            assertThat(h.end()).isEqualTo(a.end());
            assertThat(h.markedSnippet("«", "»")).isEqualTo("Compare with «Pliny»");
        });
        assertThat(search("agrarian")).extracting(SearchHit::annotationId).containsExactly(a.id());
        assertThat(search("harvest")).extracting(SearchHit::kind)
                .containsExactlyInAnyOrder(SearchHit.Kind.TEXT, SearchHit.Kind.ANNOTATION);
    }

    @Test
    void tagFilterIsHierarchicalAndCaseInsensitive() {
        Annotation economic = lib.annotateQuote(essay, "harvest", 1, null, null, List.of("Claim/Economic"));
        Annotation plain = lib.annotateQuote(essay, "fox", 1, null, null, List.of("claim"));
        Annotation other = lib.annotateQuote(essay, "river", 1, null, null, List.of("claimant"));
        assertThat(search("tag:claim")).extracting(SearchHit::annotationId)
                .containsExactlyInAnyOrder(economic.id(), plain.id());
        assertThat(search("tag:claim/economic")).extracting(SearchHit::annotationId).containsExactly(economic.id());
        assertThat(search("tag:CLAIMANT")).extracting(SearchHit::annotationId).containsExactly(other.id());
        assertThat(search("tag:claim fox")).extracting(SearchHit::annotationId).containsExactly(plain.id());
        assertThat(search("tag:cla")).isEmpty();
    }

    @Test
    void tagFilterTreatsLikeWildcardsAsText() {
        lib.annotateQuote(essay, "harvest", 1, null, null, List.of("a_b"));
        lib.annotateQuote(essay, "fox", 1, null, null, List.of("axb"));
        assertThat(search("tag:a_b")).hasSize(1);
        assertThat(search("tag:%")).isEmpty();
    }

    @Test
    void colorNoteAndAuthorFiltersNarrowTheAnnotations() {
        Annotation green = lib.annotateQuote(essay, "harvest", 1, "green", "a note about grain", List.of());
        Annotation yellow = lib.annotateQuote(essay, "fox", 1, "yellow", "grain again", List.of());
        assertThat(search("color:green")).extracting(SearchHit::annotationId).containsExactly(green.id());
        assertThat(search("colour:YELLOW")).extracting(SearchHit::annotationId).containsExactly(yellow.id());
        assertThat(search("note:grain")).hasSize(2);
        assertThat(search("note:about")).extracting(SearchHit::annotationId).containsExactly(green.id());
        assertThat(search("note:harvest")).isEmpty();
        assertThat(search("author:" + lib.author())).hasSize(2);
        assertThat(search("author:nobody-else")).isEmpty();
    }

    @Test
    void authorFilterOnTextHitsMeansTheDocumentsAuthorWithoutAccents() {
        assertThat(search("author:zoe granary")).extracting(SearchHit::documentId).containsExactly(essay);
        assertThat(search("author:петров granary")).isEmpty();
    }

    @Test
    void anUnknownColourIsAClearError() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> search("color:chartreuse"))
                .isInstanceOf(org.glossa.core.GlossaException.class).hasMessageContaining("yellow");
    }

    @Test
    void resultsAreRankedBestFirstAndLimited() {
        add(lib, "Fox book", null, "fox fox fox fox", "a fox here", "and one more fox with many other words around it");
        List<SearchHit> hits = lib.search().find("fox", 2);
        assertThat(hits).hasSize(2);
        assertThat(hits.get(0).score()).isLessThanOrEqualTo(hits.get(1).score());
        assertThat(hits.get(0).snippet()).isEqualTo("fox fox fox fox");
    }

    @Test
    void anEmptyQueryFindsNothing() {
        assertThat(search("")).isEmpty();
        assertThat(search("   ")).isEmpty();
    }

    @Test
    void aLongParagraphGivesASnippetAroundTheHit() {
        String filler = "lorem ipsum dolor sit amet ".repeat(40);
        long id = add(lib, "Long", null, filler + "needle " + filler);
        SearchHit hit = search("needle").get(0);
        assertThat(hit.snippet()).startsWith("\u2026").endsWith("\u2026").hasSizeLessThan(230);
        assertThat(hit.markedSnippet("«", "»")).contains("«needle»");
        assertThat(lib.load(id).text().substring(hit.start(), hit.end())).isEqualTo("needle");
    }

    @Test
    void offsetsStayExactAfterCharactersOutsideTheBasicPlane() {
        long id = add(lib, "Emoji", null, "\uD83D\uDE00\uD83D\uDE00 smile \uD83D\uDE00 then sunflower");
        SearchHit hit = search("sunflower").get(0);
        assertThat(lib.load(id).text().substring(hit.start(), hit.end())).isEqualTo("sunflower");
    }
}
