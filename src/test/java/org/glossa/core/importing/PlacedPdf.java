package org.glossa.core.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Builds test PDFs line by line: each line is written where it is placed (x from the left, y down
 * from the top of a Letter page, in points) and in the order given, so a test controls both the
 * layout and the content-stream order a producer chose.
 */
final class PlacedPdf {
    record Line(String text, float x, float y, float size) {
    }

    private final List<List<Line>> pages = new ArrayList<>();
    private String title;

    static Line at(float x, float y, float size, String text) {
        return new Line(text, x, y, size);
    }

    /** Lines set in 12-point type from (72, top) down, {@code leading} apart; an empty string is a blank line. */
    static List<Line> column(float top, float leading, String... lines) {
        List<Line> out = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isEmpty()) {
                out.add(at(72, top + i * leading, 12, lines[i]));
            }
        }
        return out;
    }

    PlacedPdf page(List<Line> lines) {
        pages.add(List.copyOf(lines));
        return this;
    }

    PlacedPdf title(String documentTitle) {
        title = documentTitle;
        return this;
    }

    byte[] bytes() {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
            for (List<Line> lines : pages) {
                PDPage page = new PDPage(PDRectangle.LETTER);
                doc.addPage(page);
                float height = page.getMediaBox().getHeight();
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    for (Line line : lines) {
                        cs.beginText();
                        cs.setFont(font, line.size());
                        cs.newLineAtOffset(line.x(), height - line.y());
                        cs.showText(line.text());
                        cs.endText();
                    }
                }
            }
            if (title != null) {
                PDDocumentInformation info = new PDDocumentInformation();
                info.setTitle(title);
                doc.setDocumentInformation(info);
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
