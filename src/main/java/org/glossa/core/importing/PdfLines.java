package org.glossa.core.importing;

import java.io.IOException;
import java.io.Writer;
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

    private final List<PdfPage> pages = new ArrayList<>();
    private final PDDocument pdf;
    private final Importer.Progress pageDone;
    private final BooleanSupplier cancelled;

    private PdfLines(PDDocument pdf, Importer.Progress pageDone, BooleanSupplier cancelled) {
        this.pdf = pdf;
        this.pageDone = pageDone;
        this.cancelled = cancelled;
        setSortByPosition(false);
    }

    /**
     * Every page of {@code pdf}, in one pass over the document; {@code pageDone} hears after each
     * page (done, total) and {@code cancelled} is asked before each one.
     */
    static List<PdfPage> read(PDDocument pdf, Importer.Progress pageDone, BooleanSupplier cancelled)
            throws IOException {
        PdfLines reader = new PdfLines(pdf, pageDone, cancelled);
        Importer.stopIfCancelled(cancelled);
        reader.writeText(pdf, Writer.nullWriter());
        reader.upTo(pdf.getNumberOfPages()); // pages after the last one with content
        return reader.pages;
    }

    @Override
    protected void startPage(PDPage page) {
        upTo(getCurrentPageNo() - 1); // pages without content are not visited: they are empty pages
        Importer.stopIfCancelled(cancelled);
        lines.clear();
    }

    @Override
    protected void endPage(PDPage page) {
        flush();
        add(page, lines);
    }

    /** Empty pages until {@code count} pages are read. */
    private void upTo(int count) {
        while (pages.size() < count) {
            add(pdf.getPage(pages.size()), List.of());
        }
    }

    private void add(PDPage page, List<PdfLine> pageLines) {
        pages.add(new PdfPage(pageLines, page.getCropBox().getHeight()));
        pageDone.advanced(pages.size(), pdf.getNumberOfPages());
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
