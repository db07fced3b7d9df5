package org.glossa.ui.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.glossa.core.search.SearchHit;
import org.glossa.ui.search.SearchViewModel.Segment;
import org.junit.jupiter.api.Test;

/** The search panel's logic, without a window: snippets cut at their marks, the summary line. */
class SearchViewModelTest {
    private static SearchHit hit(String snippet, SearchHit.Range... marks) {
        return new SearchHit(SearchHit.Kind.TEXT, 1, "T", null, 0, 1, snippet, List.of(marks), 0);
    }

    @Test
    void aSnippetIsCutIntoPlainAndMatchedSegments() {
        assertThat(SearchViewModel.segments(hit("the zoë effect and Zoe", new SearchHit.Range(4, 7),
                new SearchHit.Range(19, 22)))).containsExactly(
                new Segment("the ", false), new Segment("zoë", true), new Segment(" effect and ", false),
                new Segment("Zoe", true));
    }

    @Test
    void marksAtTheEdgesLeaveNoEmptySegments() {
        assertThat(SearchViewModel.segments(hit("word", new SearchHit.Range(0, 4))))
                .containsExactly(new Segment("word", true));
        assertThat(SearchViewModel.segments(hit("plain"))).containsExactly(new Segment("plain", false));
        assertThat(SearchViewModel.segments(hit(""))).isEmpty();
    }

    @Test
    void marksBeyondTheSnippetAreClipped() {
        assertThat(SearchViewModel.segments(hit("abc", new SearchHit.Range(2, 9))))
                .containsExactly(new Segment("ab", false), new Segment("c", true));
    }

    @Test
    void theSummarySaysHowManyAndWhenTheListIsCut() {
        assertThat(SearchViewModel.summaryOf(0)).isEqualTo("No matches.");
        assertThat(SearchViewModel.summaryOf(1)).isEqualTo("1 match.");
        assertThat(SearchViewModel.summaryOf(7)).isEqualTo("7 matches, best first.");
        assertThat(SearchViewModel.summaryOf(SearchViewModel.LIMIT)).startsWith("The first " + SearchViewModel.LIMIT);
    }
}
