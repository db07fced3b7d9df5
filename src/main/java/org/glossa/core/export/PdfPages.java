package org.glossa.core.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/** A PDF's first pages as pictures, for a preview of what an export will print. */
public final class PdfPages {
    private PdfPages() {
    }

    /** Renders up to {@code pages} pages of {@code pdf} at {@code dpi} (72 is the page's own size). */
    public static List<BufferedImage> render(byte[] pdf, int pages, float dpi) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(doc);
            int n = Math.min(pages, doc.getNumberOfPages());
            List<BufferedImage> images = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                images.add(renderer.renderImageWithDPI(i, dpi, ImageType.RGB));
            }
            return List.copyOf(images);
        }
    }
}
