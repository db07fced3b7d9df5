package org.glossa.ui.search;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.glossa.core.Library;
import org.glossa.core.search.SearchHit;
import org.glossa.ui.Background;
import org.glossa.ui.LatestAnswer;

/** Library-wide search: the query, its ranked hits and a one-line summary. Knows no control. */
public final class SearchViewModel {
    /** Enough for a person to scan; a narrower query beats scrolling further. */
    static final int LIMIT = 200;

    /** A piece of a snippet: plain text, or a part that matched the query. */
    public record Segment(String text, boolean hit) {
    }

    private final Library library;
    private final LatestAnswer latest;
    private final ObservableList<SearchHit> hits = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");

    public SearchViewModel(Library library, Background background) {
        this.library = library;
        this.latest = new LatestAnswer(background);
    }

    public ObservableList<SearchHit> hits() {
        return hits;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Runs the query in the background; a blank query clears the results. */
    public void search(String query) {
        if (query == null || query.isBlank()) {
            latest.cancel();
            hits.clear();
            summary.set("");
            return;
        }
        summary.set("Searching\u2026");
        latest.ask(() -> library.search().find(query, LIMIT), found -> {
            hits.setAll(found);
            summary.set(summaryOf(found.size()));
        }, message -> {
            hits.clear();
            summary.set(message);
        });
    }

    static String summaryOf(int count) {
        if (count == 0) {
            return "No matches.";
        }
        if (count >= LIMIT) {
            return "The first " + LIMIT + " matches, best first.";
        }
        return count + (count == 1 ? " match." : " matches, best first.");
    }

    /** The snippet cut at its marks, in order, so a view can set the matched parts in bold. */
    public static List<Segment> segments(SearchHit hit) {
        List<Segment> out = new ArrayList<>();
        String s = hit.snippet();
        int at = 0;
        for (SearchHit.Range r : hit.marks()) {
            int from = Math.max(at, Math.min(r.start(), s.length()));
            int to = Math.max(from, Math.min(r.end(), s.length()));
            if (from > at) {
                out.add(new Segment(s.substring(at, from), false));
            }
            if (to > from) {
                out.add(new Segment(s.substring(from, to), true));
            }
            at = to;
        }
        if (at < s.length()) {
            out.add(new Segment(s.substring(at), false));
        }
        return out;
    }
}
