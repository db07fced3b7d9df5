package org.glossa.core.search;

import java.util.List;

/**
 * One search result. {@code start}/{@code end} are UTF-16 offsets into the document's text (the
 * reader can select that range); {@code snippet} is plain text around the hit, and
 * {@code marks} are the ranges inside the snippet that matched.
 *
 * @param annotationId the annotation for {@link Kind#ANNOTATION} hits, else null
 * @param score        bm25 rank: lower is better (0 when the query had no words)
 */
public record SearchHit(Kind kind, long documentId, String title, String annotationId, int start, int end,
                        String snippet, List<Range> marks, double score) {

    public SearchHit {
        marks = List.copyOf(marks);
    }

    public enum Kind { TEXT, ANNOTATION }

    /** A half-open range {@code [start, end)} of UTF-16 units. */
    public record Range(int start, int end) {
    }

    /** The snippet with every mark wrapped, e.g. {@code markedSnippet("«", "»")}. */
    public String markedSnippet(String open, String close) {
        StringBuilder b = new StringBuilder(snippet);
        for (int i = marks.size() - 1; i >= 0; i--) {
            Range r = marks.get(i);
            b.insert(r.end(), close);
            b.insert(r.start(), open);
        }
        return b.toString();
    }
}
