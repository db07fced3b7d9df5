package org.glossa.core.importing;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.glossa.model.BlockKind;
import org.glossa.model.ImportedDocument;

/**
 * A PDF's text layer in reading order (the order the producer wrote it), page by page, as
 * positioned lines ({@link PdfLines}). Printed page numbers and running headers and footers go
 * ({@link PdfFurniture}); lines are grouped into paragraphs and headings by the page's layout and
 * joined, repairing words hyphenated and web addresses broken at line ends ({@link PdfParagraphs}).
 * Every page begins with a zero-length PAGE_BREAK marker carrying its page number, so the reader
 * can show it and an annotation can cite it ({@link org.glossa.model.DocumentContent#pageAt}).
 * The title is the document information's, unless that is a producer's placeholder, else the
 * first page's line in the largest type. Password-protected and image-only PDFs are refused.
 */
public final class PdfImporter implements Importer {
    /** Titles word processors and drivers write in place of one: "Microsoft Word - x.doc", "untitled", a file name. */
    private static final Pattern PLACEHOLDER_TITLE = Pattern.compile(
            "(?i)^(microsoft (word|powerpoint|excel) - .*|untitled.*|document\\d*|title|slide \\d+|"
                    + ".*\\.(docx?|odt|rtf|pptx?|xlsx?|pdf|tex|dvi|ps|indd|qxd|pages|txt|html?))$");

    @Override
    public ImportedDocument read(byte[] bytes, String fileName) throws ImportException {
        return read(bytes, fileName, Progress.NONE, () -> false);
    }

    @Override
    public ImportedDocument read(byte[] bytes, String fileName, Progress progress, BooleanSupplier cancelled)
            throws ImportException {
        String what = fileName == null || fileName.isBlank() ? "The PDF" : fileName;
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            List<PdfPage> pages = PdfFurniture.strip(PdfLines.read(pdf, progress, cancelled));
            if (pages.stream().allMatch(p -> p.lines().isEmpty())) {
                throw new ImportException(what + " has no text layer (it is probably scanned images);"
                        + " run it through OCR first.");
            }
            PdfParagraphs layout = new PdfParagraphs(pages);
            ContentBuilder out = new ContentBuilder();
            for (int p = 0; p < pages.size(); p++) {
                out.marker(BlockKind.PAGE_BREAK, p + 1);
                for (PdfParagraphs.Paragraph paragraph : layout.paragraphs(pages.get(p))) {
                    out.startBlock(paragraph.kind(), paragraph.level()).text(paragraph.text()).endBlock();
                }
            }
            var content = out.build();
            PDDocumentInformation info = pdf.getDocumentInformation();
            Optional<String> firstLarge = pages.stream().filter(p -> !p.lines().isEmpty()).findFirst()
                    .flatMap(layout::largestLine);
            String title = HtmlImporter.firstNonBlank(meaningfulTitle(info.getTitle(), fileName),
                    firstLarge.orElse(null), TextImporter.titleFrom("", fileName),
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

    /** The document information's title, or null when it is empty or a placeholder. */
    static String meaningfulTitle(String title, String fileName) {
        if (title == null) {
            return null;
        }
        String t = TextCleaner.clean(title).strip();
        String stem = fileName == null ? "" : fileName.replaceFirst("\\.[^.]*$", "");
        if (t.isEmpty() || PLACEHOLDER_TITLE.matcher(t).matches() || t.equalsIgnoreCase(stem)
                || t.toLowerCase(Locale.ROOT).equals(fileName == null ? "" : fileName.toLowerCase(Locale.ROOT))) {
            return null;
        }
        return t;
    }

    private static String oneLine(String s) {
        return s == null ? "unknown error" : s.lines().findFirst().orElse("").strip();
    }
}
