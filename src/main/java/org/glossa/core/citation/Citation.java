package org.glossa.core.citation;

/**
 * A quoted passage with its source, ready for the clipboard: {@code text} for plain text,
 * {@code html} for rich text; {@code inText} is the parenthetical citation alone and
 * {@code reference} the reference-list entry alone (plain text).
 */
public record Citation(String text, String html, String inText, String reference) {
}
