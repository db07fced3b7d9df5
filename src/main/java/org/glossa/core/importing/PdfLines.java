package org.glossa.core.importing;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Reads a PDF's text layer as positioned lines, page by page, in content-stream order (the order
 * the producer wrote it: sorting by position reads straight across two columns and a sidebar line by
 * line, while producers write each column whole). Grouping lines into paragraphs is left to
 * {@link PdfParagraphs}, which judges by the page's own line spacing rather than by PDFBox's
 * paragraph guess.
 */
final class PdfLines extends PDFTextStripper {
    private final List<PdfLine> lines = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private float x;
    private float right;
    private float y;
    private float size;
    private boolean separator;

    private PdfLines() {
        setSortByPosition(false);
    }

    /**
     * Every page of {@code pdf}; {@code pageDone} hears after each page (done, total) and
     * {@code cancelled} is asked before each one.
     */
    static List<PdfPage> read(PDDocument pdf, Importer.Progress pageDone, BooleanSupplier cancelled)
            throws IOException {
        PdfLines reader = new PdfLines();
        int total = pdf.getNumberOfPages();
        List<PdfPage> pages = new ArrayList<>(total);
        for (int p = 1; p <= total; p++) {
            if (cancelled.getAsBoolean()) {
                throw new ImportCancelledException();
            }
            reader.setStartPage(p);
            reader.setEndPage(p);
            reader.lines.clear();
            reader.writeText(pdf, new StringWriter());
            reader.flush();
            PDPage page = pdf.getPage(p - 1);
            pages.add(new PdfPage(reader.lines, page.getCropBox().getHeight()));
            pageDone.advanced(p, total);
        }
        return pages;
    }

    @Override
    protected void writeString(String word, List<TextPosition> positions) {
        if (positions.isEmpty()) {
            return;
        }
        TextPosition first = positions.get(0);
        TextPosition last = positions.get(positions.size() - 1);
        if (text.length() == 0) {
            x = first.getXDirAdj();
            y = first.getYDirAdj();
            size = first.getFontSizeInPt();
        } else if (separator) {
            text.append(' ');
        }
        separator = false;
        text.append(word);
        right = last.getXDirAdj() + last.getWidthDirAdj();
    }

    @Override
    protected void writeWordSeparator() {
        separator = true;
    }

    @Override
    protected void writeLineSeparator() {
        flush();
    }

    @Override
    protected void writeParagraphEnd() {
        flush();
    }

    @Override
    protected void writePageEnd() {
        flush();
    }

    private void flush() {
        String line = TextCleaner.clean(text.toString()).strip();
        if (!line.isEmpty()) {
            lines.add(new PdfLine(line, x, right, y, size));
        }
        text.setLength(0);
        separator = false;
    }
}
