package org.glossa.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.glossa.core.GlossaException;
import org.glossa.core.Library;
import org.glossa.core.export.AnkiExport;
import org.glossa.core.export.AtomicFile;

/** The export formats for people (Markdown, HTML, PDF, Anki, CSV), plugged into {@code export}. */
final class DocumentFormats {
    private DocumentFormats() {
    }

    static void register(Map<String, ExportCommand.Format> formats) {
        formats.put("md", DocumentFormats::markdown);
        formats.put("html", DocumentFormats::html);
        formats.put("pdf", DocumentFormats::pdf);
        formats.put("anki", DocumentFormats::anki);
        formats.put("csv", DocumentFormats::csv);
    }

    /**
     * One row per annotation, as the claims table writes it. With a byte-order mark: Excel reads a
     * CSV file without one in the system's legacy code page and garbles every accented or
     * non-Latin letter; LibreOffice, pandas and R read past it.
     */
    private static void csv(Library lib, ExportCommand.Selection what, Path out) {
        lib.claims().exportCsv(lib.claims().rows(what.documentId(), what.annotationId(), what.tag()), out, true);
    }

    private static void markdown(Library lib, ExportCommand.Selection what, Path out) throws IOException {
        noSingleAnnotation(what, "md");
        String md = what.tag() != null ? lib.exports().markdownForTag(what.tag())
                : what.documentId() != null ? lib.exports().markdown(what.documentId())
                : lib.exports().markdownOfLibrary();
        AtomicFile.writeString(out, md);
    }

    private static void html(Library lib, ExportCommand.Selection what, Path out) throws IOException {
        AtomicFile.writeString(out, lib.exports().html(oneDocument(what, "html")));
    }

    private static void pdf(Library lib, ExportCommand.Selection what, Path out) throws IOException {
        long id = oneDocument(what, "pdf");
        AtomicFile.write(out, o -> lib.exports().pdf(id, o));
    }

    private static void anki(Library lib, ExportCommand.Selection what, Path out) throws IOException {
        noSingleAnnotation(what, "anki");
        AnkiExport.Style style = AnkiExport.Style.parse(what.cards() == null ? "cloze" : what.cards());
        String cards = what.tag() != null ? lib.exports().flashcardsForTag(what.tag(), style)
                : lib.exports().flashcards(what.documentId() == null ? List.of() : List.of(what.documentId()), style);
        AtomicFile.writeString(out, cards);
    }

    private static long oneDocument(ExportCommand.Selection what, String format) {
        if (what.documentId() == null) {
            throw new GlossaException(format + " exports one whole document: name it (DOC), not --all, --tag or"
                    + " --annotation.");
        }
        return what.documentId();
    }

    private static void noSingleAnnotation(ExportCommand.Selection what, String format) {
        if (what.annotationId() != null) {
            throw new GlossaException(format + " exports a document, a tag or --all, not one annotation.");
        }
    }
}
