package org.glossa.model;

/** Inline formatting over the text range {@code [start, end)}; {@code href} only for links. */
public record Mark(MarkKind kind, int start, int end, String href) {
    public Mark {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad mark range " + start + ".." + end);
        }
    }

    public static Mark of(MarkKind kind, int start, int end) {
        return new Mark(kind, start, end, null);
    }
}
