package org.glossa.core.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QueryParserTest {
    private static SearchQuery.Term word(String w) {
        return new SearchQuery.Term(w, false, false);
    }

    @Test
    void wordsPhrasesAndPrefixesAreTerms() {
        SearchQuery q = QueryParser.parse("fox \"brown dog\" gran* \"lazy ca\"*");
        assertThat(q.terms()).containsExactly(word("fox"), new SearchQuery.Term("brown dog", true, false),
                new SearchQuery.Term("gran", false, true), new SearchQuery.Term("lazy ca", true, true));
    }

    @Test
    void filtersAreRecognisedIgnoringCaseOfTheKeyAndMayBeQuoted() {
        SearchQuery q = QueryParser.parse("TAG:Claim/ Economic color:Yellow note:why author:\"Zoë B\" in:\"Week 3\" x");
        assertThat(q.tags()).containsExactly("Claim");
        assertThat(q.terms()).extracting(SearchQuery.Term::text).containsExactly("Economic", "x");
        assertThat(q.colors()).containsExactly("yellow");
        assertThat(q.notes()).containsExactly(word("why"));
        assertThat(q.authors()).containsExactly(new SearchQuery.Term("Zoë B", true, false));
        assertThat(q.collections()).containsExactly("Week 3");
        assertThat(q.annotationsOnly()).isTrue();
    }

    @Test
    void aQuotedTagKeepsItsSpacesAndHierarchy() {
        assertThat(QueryParser.parse("tag:\"claim / social policy\"").tags()).containsExactly("claim/social policy");
    }

    @ParameterizedTest(name = "[{0}] has {1} terms")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
            "''|0", "'   '|0", "'\"'|0", "'( ) * -- !!'|0", "'tag:'|1", "'foo:bar'|1", "'\"open phrase'|1",
            "'a\"b'|2", "'in: x'|2"})
    void strayPunctuationNeverBecomesAnEmptyTerm(String query, int terms) {
        assertThat(QueryParser.parse(query).terms()).hasSize(terms);
    }

    @Test
    void everyTermIsQuotedForFts5WithInnerQuotesDoubled() {
        assertThat(FtsExpression.quote(word("a\"b"))).isEqualTo("\"a\"\"b\"");
        assertThat(FtsExpression.quote(new SearchQuery.Term("pre", false, true))).isEqualTo("\"pre\" *");
        assertThat(FtsExpression.all(List.of(word("x"), word("OR")), "note")).isEqualTo("note : \"x\" AND note : \"OR\"");
        assertThat(FtsExpression.and("", "a", null, "b")).isEqualTo("(a) AND (b)");
    }

    @Test
    void controlCharactersAreTreatedAsSpaces() {
        assertThat(QueryParser.parse("fox\u0001dog").terms()).containsExactly(word("fox"), word("dog"));
    }
}
