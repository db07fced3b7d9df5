package org.glossa.model;

/**
 * Inline formatting carried over from the source document. A {@code TARGET} is no formatting: it
 * is an empty mark where a link inside the document may lead, its href the place's name (the
 * {@code id} of the element that started there).
 */
public enum MarkKind {
    BOLD, ITALIC, CODE, LINK, TARGET
}
