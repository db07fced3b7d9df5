package org.glossa.model;

/**
 * Inline formatting carried over from the source document. A {@code TARGET} is no formatting: it
 * is an empty mark where a link inside the document may lead, its href the place's name (the
 * {@code id} of the element that started there). A {@code FIGURE} spans a picture's caption line;
 * its href names the picture among the document's resources, and the reader shows the picture
 * with the line as its caption (the text stays the caption line).
 */
public enum MarkKind {
    BOLD, ITALIC, CODE, LINK, TARGET, FIGURE
}
