package org.glossa.core.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Small valid files of every format, made in the test so that no fixture is needed. */
public final class Samples {
    public static final String CONTAINER = """
            <?xml version="1.0"?>
            <container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
              <rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles>
            </container>""";

    private Samples() {
    }

    static byte[] text() {
        return "A title\n\nFirst paragraph, hard\nwrapped.\n\nSecond \u201cparagraph\u201d \u2014 done.\n".getBytes(StandardCharsets.UTF_8);
    }

    static byte[] markdown() {
        return "# Heading\n\nSome *text* and **bold** with a [link](http://example.org).\n\n- one\n- two\n"
                .getBytes(StandardCharsets.UTF_8);
    }

    static byte[] html() {
        return """
                <!doctype html><html lang="en"><head><title>Page</title></head><body>
                <article><h1>Page</h1><p>Some <em>text</em> and <a href="http://x.org">a link</a>.</p>
                <ul><li>one</li><li>two</li></ul><table><tr><th>a</th><th>b</th></tr><tr><td>1</td><td>2</td></tr></table>
                </article></body></html>""".getBytes(StandardCharsets.UTF_8);
    }

    /** An EPUB with the given chapters (XHTML bodies), title and language. */
    static byte[] epub(String title, String language, String direction, List<String> chapterBodies) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("mimetype", "application/epub+zip".getBytes(StandardCharsets.UTF_8));
        files.put("META-INF/container.xml", CONTAINER.getBytes(StandardCharsets.UTF_8));
        StringBuilder manifest = new StringBuilder();
        StringBuilder spine = new StringBuilder();
        for (int i = 0; i < chapterBodies.size(); i++) {
            manifest.append("<item id=\"c").append(i).append("\" href=\"text/ch").append(i)
                    .append(".xhtml\" media-type=\"application/xhtml+xml\"/>");
            spine.append("<itemref idref=\"c").append(i).append("\"/>");
            files.put("OEBPS/text/ch" + i + ".xhtml", ("<?xml version=\"1.0\" encoding=\"utf-8\"?>"
                    + "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>c</title></head><body>"
                    + chapterBodies.get(i) + "</body></html>").getBytes(StandardCharsets.UTF_8));
        }
        String opf = "<?xml version=\"1.0\"?><package xmlns=\"http://www.idpf.org/2007/opf\" version=\"3.0\">"
                + "<metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>" + title + "</dc:title>"
                + "<dc:creator>A. Writer</dc:creator><dc:language>" + language + "</dc:language></metadata>"
                + "<manifest>" + manifest + "</manifest><spine"
                + (direction == null ? "" : " page-progression-direction=\"" + direction + "\"") + ">"
                + spine + "</spine></package>";
        files.put("OEBPS/content.opf", opf.getBytes(StandardCharsets.UTF_8));
        return zip(files);
    }

    static byte[] epub() {
        return epub("Small Book", "en", null, List.of("<h1>One</h1><p>First chapter.</p>", "<h1>Two</h1><p>Second.</p>"));
    }

    public static byte[] zip(Map<String, byte[]> files) {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (var e : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
            zip.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PDF with one page per element, each page's lines drawn top to bottom. */
    public static byte[] pdf(List<List<String>> pages) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (List<String> lines : pages) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(font, 12);
                    cs.setLeading(14);
                    cs.newLineAtOffset(72, 720);
                    for (String line : lines) {
                        cs.showText(line);
                        cs.newLine();
                    }
                    cs.endText();
                }
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] pdf() {
        return pdf(List.of(List.of("A small PDF about an exam-", "ple of hyphenation."), List.of("Second page.")));
    }
}
