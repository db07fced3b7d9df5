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
        counts = counts.stream().map(row -> row instanceof Row ? row : List.copyOf(row)).toList();
    }

    /**
     * A row of counts kept as ints and read as an unmodifiable list: 500 tags x 5,000 documents
     * are 2.5 million cells, which as boxed lists were copied twice and walked boxed for the maximum.
     */
    static final class Row extends java.util.AbstractList<Integer> implements java.util.RandomAccess {
        private final int[] cells;

        /** Takes {@code cells} as they are: the query that filled them keeps no reference. */
        Row(int[] cells) {
            this.cells = cells;
        }

        @Override
        public Integer get(int index) {
            return cells[index];
        }

        @Override
        public int size() {
            return cells.length;
        }

        int max() {
            int max = 0;
            for (int c : cells) {
                max = Math.max(max, c);
            }
            return max;
        }
    }

    public record DocumentRef(long id, String title) {
    }

    public int count(int tagRow, int documentColumn) {
        return counts.get(tagRow).get(documentColumn);
    }

    /** The largest cell, for scaling a heat map (0 when empty). */
    public int max() {
        int max = 0;
        for (List<Integer> row : counts) {
            max = Math.max(max, row instanceof Row r ? r.max()
                    : row.stream().mapToInt(Integer::intValue).max().orElse(0));
        }
        return max;
    }
}
