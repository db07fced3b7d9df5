package org.glossa.model;

/** Inline formatting carried over from the source document. */
public enum MarkKind {
    BOLD, ITALIC, CODE, LINK
}
