package org.glossa.core.importing;

/**
 * One line of a PDF page as PDFBox reads it, with where it sits: {@code x} and {@code right} are
 * its left and right edges, {@code y} its baseline measured down from the top of the page, all in
 * points; {@code size} is the font size in points of its first glyph.
 */
record PdfLine(String text, float x, float right, float y, float size) {
    /** True when this line sits at about the same height as {@code other} (within a third of a line). */
    boolean sameHeightAs(PdfLine other) {
        return Math.abs(y - other.y) < Math.max(size, other.size) / 3;
    }
}
