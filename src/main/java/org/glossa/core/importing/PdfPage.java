package org.glossa.core.importing;

import java.util.List;

/** The lines of one PDF page in the order its producer wrote them, and the page's height in points. */
record PdfPage(List<PdfLine> lines, float height) {
    PdfPage {
        lines = List.copyOf(lines);
    }

    PdfPage withLines(List<PdfLine> kept) {
        return new PdfPage(kept, height);
    }
}
