package org.glossa.core.organize;

import java.util.List;

/**
 * Tags x documents: {@code counts.get(row).get(column)} is how many annotations in document
 * {@code documents.get(column)} carry tag {@code tags.get(row)}. Only documents with at least
 * one tagged annotation are columns. Tags are exact names; a view may add up children
 * ({@code claim/economic}) into parents itself.
 */
public record TagMatrix(List<String> tags, List<DocumentRef> documents, List<List<Integer>> counts) {
    public TagMatrix {
        tags = List.copyOf(tags);
        documents = List.copyOf(documents);
        counts = counts.stream().map(List::copyOf).toList();
    }

    public record DocumentRef(long id, String title) {
    }

    public int count(int tagRow, int documentColumn) {
        return counts.get(tagRow).get(documentColumn);
    }

    /** The largest cell, for scaling a heat map (0 when empty). */
    public int max() {
        return counts.stream().flatMap(List::stream).mapToInt(Integer::intValue).max().orElse(0);
    }
}
