package org.glossa.core.importing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.glossa.model.BlockKind;
import org.glossa.model.ImportedDocument;
import org.glossa.model.TextDirection;

/**
 * A PDF's text layer in reading order (the order the producer wrote it), page by page. PDFBox's paragraph
 * detection splits each page; lines within a paragraph are joined ({@link PdfParagraphs}
 * repairs words hyphenated at a line end); printed page numbers and running headers go
 * ({@link PdfFurniture}). Every page begins with a zero-length PAGE_BREAK
 * marker carrying its page number, so an annotation can cite its page
 * ({@link PageLookup#pageAt}). Password-protected and image-only PDFs are refused.
 */
public final class PdfImporter implements Importer {
    /** Marks paragraph ends in the stripper's output; never occurs in PDF text we keep. */
    private static final String PARAGRAPH_END = "\u2029";

    @Override
    public ImportedDocument read(byte[] bytes, String fileName) throws ImportException {
        String what = fileName == null || fileName.isBlank() ? "The PDF" : fileName;
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            List<List<String>> pages = PdfFurniture.strip(pages(pdf));
            if (pages.stream().allMatch(List::isEmpty)) {
                throw new ImportException(what + " has no text layer (it is probably scanned images);"
                        + " run it through OCR first.");
            }
            PdfParagraphs joiner = new PdfParagraphs(pages);
            ContentBuilder out = new ContentBuilder();
            for (int p = 0; p < pages.size(); p++) {
                out.marker(BlockKind.PAGE_BREAK, p + 1);
                for (String paragraph : pages.get(p)) {
                    out.startBlock(BlockKind.PARAGRAPH).text(joiner.join(paragraph)).endBlock();
                }
            }
            var content = out.build();
            PDDocumentInformation info = pdf.getDocumentInformation();
            String title = HtmlImporter.firstNonBlank(info.getTitle(), TextImporter.titleFrom("", fileName),
                    TextImporter.titleFrom(content.text(), fileName));
            Map<String, String> extra = new HashMap<>();
            extra.put("pages", Integer.toString(pages.size()));
            if (info.getSubject() != null && !info.getSubject().isBlank()) {
                extra.put("excerpt", TextCleaner.clean(info.getSubject()).strip());
            }
            String language = pdf.getDocumentCatalog().getLanguage();
            return new ImportedDocument(title, HtmlImporter.firstNonBlank(info.getAuthor()), null, "pdf",
                    Languages.normalize(language), Languages.direction(null, language, content.text()), content, extra);
        } catch (InvalidPasswordException e) {
            throw new ImportException(what + " is protected by a password; open it in a PDF viewer, save an"
                    + " unprotected copy and import that.", e);
        } catch (IOException e) {
            throw new ImportException(what + " is not a readable PDF (" + oneLine(e.getMessage())
                    + "); it may be damaged or truncated.", e);
        }
    }

    /** Each page's paragraphs, with lines still separated by newlines. */
    private static List<List<String>> pages(PDDocument pdf) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        // Content-stream order, not sorting by position: sorting reads straight across two
        // columns (and across a sidebar) line by line, while producers write each column whole.
        stripper.setSortByPosition(false);
        stripper.setLineSeparator("\n");
        stripper.setParagraphStart("");
        stripper.setParagraphEnd(PARAGRAPH_END);
        List<List<String>> pages = new ArrayList<>();
        for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
            stripper.setStartPage(p);
            stripper.setEndPage(p);
            List<String> paragraphs = new ArrayList<>();
            for (String para : TextCleaner.clean(stripper.getText(pdf)).split(PARAGRAPH_END)) {
                if (!para.isBlank()) {
                    paragraphs.add(para.strip());
                }
            }
            pages.add(paragraphs);
        }
        return pages;
    }

    private static String oneLine(String s) {
        return s == null ? "unknown error" : s.lines().findFirst().orElse("").strip();
    }
}
