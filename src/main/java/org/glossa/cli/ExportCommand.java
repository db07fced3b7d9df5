package org.glossa.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.glossa.core.GlossaException;
import org.glossa.core.Library;
import org.glossa.core.export.AtomicFile;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "export", description = "Export a document's annotations, the whole library's, or one annotation, to a file.")
final class ExportCommand extends LibraryCommand {

    /**
     * What to export: one annotation, one document's annotations, one tag's, or (all null) the whole
     * library's; {@code cards} is the flashcard style for the anki format.
     */
    record Selection(Long documentId, String annotationId, String tag, String cards) {
    }

    /** One export format: writes the selection to a file. */
    @FunctionalInterface
    interface Format {
        void write(Library lib, Selection what, Path out) throws IOException;
    }

    /** The formats by name; a new format is one more entry here. */
    static final Map<String, Format> FORMATS = new TreeMap<>(Map.of("jsonld", ExportCommand::writeJsonLd));

    static {
        DocumentFormats.register(FORMATS);
    }

    static final class Scope {
        @Parameters(paramLabel = "DOC", description = "Document id (or a unique part of its title).")
        String doc;

        @Option(names = "--all", description = "Export every document's annotations.")
        boolean all;

        @Option(names = "--annotation", paramLabel = "ID", description = "Export one annotation.")
        String annotation;

        @Option(names = "--tag", paramLabel = "TAG",
                description = "Export the annotations with this tag (or a tag below it), from every document.")
        String tag;

        @Option(names = "--collection", paramLabel = "NAME",
                description = "Export the annotations of a collection's documents (Markdown).")
        String collection;
    }

    private static void writeJsonLd(Library lib, Selection what, Path out) throws IOException {
        if (what.tag() != null) {
            throw new GlossaException("jsonld exports a document, an annotation or --all, not a tag.");
        }
        String json = what.annotationId() != null ? lib.webAnnotations().export(what.annotationId())
                : what.documentId() != null ? lib.webAnnotations().exportDocument(what.documentId())
                : lib.webAnnotations().exportAll();
        AtomicFile.writeString(out, json);
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Scope scope;

    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "Output format: jsonld (W3C Web Annotation JSON-LD), md (Markdown notes with links"
                    + " back), html or pdf (the whole annotated document, printable), anki (flashcards),"
                    + " csv (a row per annotation: location, quote, note, tags, colour, author, dates).")
    String format;

    @Option(names = "--cards", paramLabel = "STYLE", defaultValue = "cloze",
            description = "Flashcard style for --format anki: cloze (the highlight blanked in its sentence) or"
                    + " quote (quote in front, note behind). Default: ${DEFAULT-VALUE}.")
    String cards;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "File to write.")
    Path output;

    @Override
    int run(Library lib) throws Exception {
        Format f = FORMATS.get(format.strip().toLowerCase(java.util.Locale.ROOT));
        if (f == null) {
            throw new GlossaException("Unknown export format '" + format + "'; use one of "
                    + String.join(", ", FORMATS.keySet()) + ".");
        }
        if (scope.collection != null) {
            if (!format.strip().equalsIgnoreCase("md")) {
                throw new GlossaException("A collection exports as Markdown: use --format md.");
            }
            String md = lib.exports().markdownOfCollection(scope.collection);
            try {
                AtomicFile.writeString(output, md);
            } catch (IOException e) {
                throw new GlossaException("Cannot write " + output + ": " + e.getMessage(), e);
            }
            out().println(output);
            return 0;
        }
        Selection what = new Selection(scope.doc == null ? null : resolveDocument(lib, scope.doc).id(),
                scope.annotation == null ? null : lib.annotation(scope.annotation).id(), scope.tag, cards);
        try {
            f.write(lib, what, output);
        } catch (IOException e) {
            throw new GlossaException("Cannot write " + output + ": " + e.getMessage(), e);
        }
        out().println(output);
        return 0;
    }
}
