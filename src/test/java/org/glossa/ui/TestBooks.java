package org.glossa.ui;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small EPUB 3 books for window tests: spine pages (body markup) by file name, and pictures beside them. */
final class TestBooks {
    private TestBooks() {
    }

    static byte[] epub(String title, Map<String, String> pages, Map<String, byte[]> pictures) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("mimetype", "application/epub+zip".getBytes(StandardCharsets.UTF_8));
        files.put("META-INF/container.xml", ("<?xml version=\"1.0\"?><container version=\"1.0\""
                + " xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\"><rootfiles><rootfile"
                + " full-path=\"OEBPS/content.opf\" media-type=\"application/oebps-package+xml\"/></rootfiles></container>")
                .getBytes(StandardCharsets.UTF_8));
        StringBuilder manifest = new StringBuilder();
        StringBuilder spine = new StringBuilder();
        int i = 0;
        for (var page : pages.entrySet()) {
            manifest.append("<item id=\"p").append(i).append("\" href=\"").append(page.getKey())
                    .append("\" media-type=\"application/xhtml+xml\"/>");
            spine.append("<itemref idref=\"p").append(i++).append("\"/>");
            files.put("OEBPS/" + page.getKey(), ("<?xml version=\"1.0\" encoding=\"utf-8\"?><html"
                    + " xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:epub=\"http://www.idpf.org/2007/ops\"><head><title>t</title>"
                    + "</head><body>" + page.getValue() + "</body></html>").getBytes(StandardCharsets.UTF_8));
        }
        for (var picture : pictures.entrySet()) {
            manifest.append("<item id=\"img").append(i++).append("\" href=\"").append(picture.getKey())
                    .append("\" media-type=\"image/png\"/>");
            files.put("OEBPS/" + picture.getKey(), picture.getValue());
        }
        String opf = "<?xml version=\"1.0\"?><package xmlns=\"http://www.idpf.org/2007/opf\" version=\"3.0\">"
                + "<metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>" + title + "</dc:title>"
                + "<dc:language>en</dc:language></metadata><manifest>" + manifest + "</manifest><spine>" + spine
                + "</spine></package>";
        files.put("OEBPS/content.opf", opf.getBytes(StandardCharsets.UTF_8));
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
}
