package org.glossa.core.export;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceType;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;

/**
 * Turns an export page into PDF with openhtmltopdf, from the same jsoup tree as the HTML file
 * (one template, two outputs). The DejaVu fonts are bundled under /fonts (1.7 MB, Bitstream Vera
 * licence) because PDF viewers cannot substitute what the file does not embed, and a user's
 * machine may have no font with Cyrillic or Greek; they are subset, so a PDF stays small.
 */
public final class PdfWriter {
    private static final String SERIF = "DejaVu Serif";
    private static final String MONO = "DejaVu Sans Mono";

    public void write(Document page, OutputStream out) throws IOException {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        font(builder, "DejaVuSerif.ttf", SERIF, 400, FontStyle.NORMAL);
        font(builder, "DejaVuSerif-Bold.ttf", SERIF, 700, FontStyle.NORMAL);
        font(builder, "DejaVuSerif-Italic.ttf", SERIF, 400, FontStyle.ITALIC);
        font(builder, "DejaVuSerif-BoldItalic.ttf", SERIF, 700, FontStyle.ITALIC);
        font(builder, "DejaVuSansMono.ttf", MONO, 400, FontStyle.NORMAL);
        // an offline reader fetches nothing: only what the page carries itself (data: URIs) is loaded
        for (ExternalResourceControlPriority when : ExternalResourceControlPriority.values()) {
            builder.useExternalResourceAccessControl(PdfWriter::carried, when);
        }
        builder.withW3cDocument(new W3CDom().fromJsoup(page), "about:blank");
        builder.toStream(out);
        try {
            builder.run();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static boolean carried(String uri, ExternalResourceType type) {
        return uri != null && uri.regionMatches(true, 0, "data:", 0, 5);
    }

    private static void font(PdfRendererBuilder b, String file, String family, int weight, FontStyle style) {
        b.useFont(() -> open(file), family, weight, style, true);
    }

    private static InputStream open(String file) {
        InputStream in = PdfWriter.class.getResourceAsStream("/fonts/" + file);
        if (in == null) {
            throw new IllegalStateException("missing bundled font /fonts/" + file);
        }
        return in;
    }
}
