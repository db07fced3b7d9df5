package org.glossa.model;

/**
 * A structural block of a document: the text range {@code [start, end)} and its kind.
 * {@code level} is the heading level (1-6), the list nesting depth, or the page number for
 * {@link BlockKind#PAGE_BREAK}; 0 where it means nothing.
 */
public record Block(BlockKind kind, int start, int end, int level) {
    public Block {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad block range " + start + ".." + end);
        }
    }

    public static Block of(BlockKind kind, int start, int end) {
        return new Block(kind, start, end, 0);
    }
}
