package org.glossa.core.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The import section's books, made from {@link GeneratedBook}'s prose: an EPUB novel (chapters
 * as XHTML files in the spine, a navigation document) and a PDF of a given number of pages set
 * in Times, the way a word processor would export a report.
 */
public final class GeneratedBooks {
    /** Lines of text on a PDF page, and the characters a line holds at 11 pt on A4. */
    private static final int LINES_PER_PAGE = 48;
    private static final int CHARS_PER_LINE = 92;

    private GeneratedBooks() {
    }

    /** The chapters of a generated book: [title, paragraph, paragraph, ...] each. */
    static List<List<String>> chapters(int paragraphs, long seed) {
        String text = new String(GeneratedBook.generate(paragraphs, 0, seed).plainText(), StandardCharsets.UTF_8);
        List<List<String>> chapters = new ArrayList<>();
        for (String block : text.split("\n\n")) {
            if (block.startsWith("Chapter ") || chapters.isEmpty()) {
                chapters.add(new ArrayList<>());
            }
            chapters.get(chapters.size() - 1).add(block);
        }
        return chapters;
    }

    /** Writes an EPUB 3 novel of about {@code paragraphs} paragraphs (a chapter every 60) to {@code file}. */
    public static void epub(Path file, int paragraphs) throws IOException {
        List<List<String>> chapters = chapters(paragraphs, 7);
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            // the mimetype comes first and uncompressed, as the EPUB container requires
            byte[] mimetype = "application/epub+zip".getBytes(StandardCharsets.US_ASCII);
            ZipEntry first = new ZipEntry("mimetype");
            first.setMethod(ZipEntry.STORED);
            first.setSize(mimetype.length);
            CRC32 crc = new CRC32();
            crc.update(mimetype);
            first.setCrc(crc.getValue());
            zip.putNextEntry(first);
            zip.write(mimetype);
            put(zip, "META-INF/container.xml", "<?xml version=\"1.0\"?>\n<container version=\"1.0\""
                    + " xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\"><rootfiles><rootfile"
                    + " full-path=\"OEBPS/content.opf\" media-type=\"application/oebps-package+xml\"/></rootfiles></container>");
            StringBuilder manifest = new StringBuilder();
            StringBuilder spine = new StringBuilder();
            StringBuilder nav = new StringBuilder();
            for (int c = 0; c < chapters.size(); c++) {
                String name = "chapter" + (c + 1) + ".xhtml";
                List<String> chapter = chapters.get(c);
                StringBuilder body = new StringBuilder("<h2>").append(escape(chapter.get(0))).append("</h2>\n");
                for (String p : chapter.subList(1, chapter.size())) {
                    body.append("<p>").append(escape(p)).append("</p>\n");
                }
                put(zip, "OEBPS/" + name, xhtml(chapter.get(0), body.toString()));
                manifest.append("<item id=\"c").append(c + 1).append("\" href=\"").append(name)
                        .append("\" media-type=\"application/xhtml+xml\"/>");
                spine.append("<itemref idref=\"c").append(c + 1).append("\"/>");
                nav.append("<li><a href=\"").append(name).append("\">").append(escape(chapter.get(0))).append("</a></li>");
            }
            put(zip, "OEBPS/nav.xhtml", xhtml("Contents", "<nav epub:type=\"toc\"><ol>" + nav + "</ol></nav>"));
            put(zip, "OEBPS/content.opf", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<package"
                    + " xmlns=\"http://www.idpf.org/2007/opf\" version=\"3.0\" unique-identifier=\"id\"><metadata"
                    + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:identifier id=\"id\">glossa-bench-novel</dc:identifier>"
                    + "<dc:title>A generated novel</dc:title><dc:creator>Glossa bench</dc:creator><dc:language>en</dc:language>"
                    + "</metadata><manifest><item id=\"nav\" href=\"nav.xhtml\" media-type=\"application/xhtml+xml\""
                    + " properties=\"nav\"/>" + manifest + "</manifest><spine>" + spine + "</spine></package>");
        }
    }

    /** Writes a PDF of {@code pages} A4 pages of prose, headings in bold, to {@code file}. */
    public static void pdf(Path file, int pages) throws IOException {
        List<String[]> lines = new ArrayList<>(); // [font, text]
        for (List<String> chapter : chapters(pages * 14, 11)) {
            lines.add(new String[] {"bold", chapter.get(0)});
            for (String p : chapter.subList(1, chapter.size())) {
                StringBuilder line = new StringBuilder();
                for (String word : p.split(" ")) {
                    if (line.length() + word.length() + 1 > CHARS_PER_LINE) {
                        lines.add(new String[] {"roman", line.toString()});
                        line.setLength(0);
                    }
                    line.append(line.length() == 0 ? "" : " ").append(word);
                }
                lines.add(new String[] {"roman", line.toString()});
                lines.add(new String[] {"roman", ""});
            }
        }
        try (PDDocument doc = new PDDocument()) {
            PDType1Font roman = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
            PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.TIMES_BOLD);
            PDDocumentInformation info = new PDDocumentInformation();
            info.setTitle("A generated report");
            info.setAuthor("Glossa bench");
            doc.setDocumentInformation(info);
            for (int p = 0; p < pages && p * LINES_PER_PAGE < lines.size(); p++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setLeading(15);
                    cs.newLineAtOffset(60, 790);
                    for (int i = p * LINES_PER_PAGE; i < Math.min(lines.size(), (p + 1) * LINES_PER_PAGE); i++) {
                        cs.setFont(lines.get(i)[0].equals("bold") ? bold : roman, 11);
                        cs.showText(lines.get(i)[1]);
                        cs.newLine();
                    }
                    cs.endText();
                    cs.beginText();
                    cs.setFont(roman, 9);
                    cs.newLineAtOffset(290, 40);
                    cs.showText(Integer.toString(p + 1));
                    cs.endText();
                }
            }
            doc.save(file.toFile());
        }
    }

    private static String xhtml(String title, String body) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\""
                + " xmlns:epub=\"http://www.idpf.org/2007/ops\"><head><title>" + escape(title) + "</title></head><body>\n"
                + body + "</body></html>\n";
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static void put(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
