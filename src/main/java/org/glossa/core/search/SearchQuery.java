package org.glossa.core.search;

import java.util.List;

/**
 * A parsed search: free terms (all must match) and filters. Every value is the user's text,
 * unescaped; {@link FtsExpression} quotes it before it reaches FTS5.
 *
 * @param terms       words, phrases and prefixes matched against text and annotations
 * @param tags        tag:NAME (also matches NAME/child)
 * @param colors      color:KEY (any of them)
 * @param notes       note:WORD (in the annotation's note)
 * @param authors     author:NAME (the annotation's author; for text hits the document's author)
 * @param collections in:COLLECTION (the document is in every one named)
 */
public record SearchQuery(List<Term> terms, List<String> tags, List<String> colors, List<Term> notes,
                          List<Term> authors, List<String> collections) {

    public SearchQuery {
        terms = List.copyOf(terms);
        tags = List.copyOf(tags);
        colors = List.copyOf(colors);
        notes = List.copyOf(notes);
        authors = List.copyOf(authors);
        collections = List.copyOf(collections);
    }

    /** One word, phrase or prefix as typed. */
    public record Term(String text, boolean phrase, boolean prefix) {
    }

    /** True when nothing but annotations can match (an annotation-only filter is present). */
    public boolean annotationsOnly() {
        return !tags.isEmpty() || !colors.isEmpty() || !notes.isEmpty();
    }

    public boolean isEmpty() {
        return terms.isEmpty() && tags.isEmpty() && colors.isEmpty() && notes.isEmpty() && authors.isEmpty()
                && collections.isEmpty();
    }
}
