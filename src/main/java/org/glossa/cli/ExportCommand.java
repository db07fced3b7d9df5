package org.glossa.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.glossa.core.GlossaException;
import org.glossa.core.Library;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "export", description = "Export a document's annotations, the whole library's, or one annotation, to a file.")
final class ExportCommand extends LibraryCommand {

    /** What to export: one annotation, one document's annotations, or (both null) the whole library's. */
    record Selection(Long documentId, String annotationId) {
    }

    /** One export format: writes the selection to a file. */
    @FunctionalInterface
    interface Format {
        void write(Library lib, Selection what, Path out) throws IOException;
    }

    /** The formats by name; a new format is one more entry here. */
    static final Map<String, Format> FORMATS = new TreeMap<>(Map.of("jsonld", ExportCommand::writeJsonLd));

    static final class Scope {
        @Parameters(paramLabel = "DOC", description = "Document id (or a unique part of its title).")
        String doc;

        @Option(names = "--all", description = "Export every document's annotations.")
        boolean all;

        @Option(names = "--annotation", paramLabel = "ID", description = "Export one annotation.")
        String annotation;
    }

    private static void writeJsonLd(Library lib, Selection what, Path out) throws IOException {
        String json = what.annotationId() != null ? lib.exportWebAnnotation(what.annotationId())
                : what.documentId() != null ? lib.exportWebAnnotations(what.documentId())
                : lib.exportAllWebAnnotations();
        Files.writeString(out, json, StandardCharsets.UTF_8);
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Scope scope;

    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "Output format: jsonld (W3C Web Annotation JSON-LD).")
    String format;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "File to write.")
    Path output;

    @Override
    int run(Library lib) throws Exception {
        Format f = FORMATS.get(format.strip().toLowerCase(java.util.Locale.ROOT));
        if (f == null) {
            throw new GlossaException("Unknown export format '" + format + "'; use one of "
                    + String.join(", ", FORMATS.keySet()) + ".");
        }
        Selection what = new Selection(scope.doc == null ? null : resolveDocument(lib, scope.doc).id(),
                scope.annotation == null ? null : lib.annotation(scope.annotation).id());
        try {
            f.write(lib, what, output);
        } catch (IOException e) {
            throw new GlossaException("Cannot write " + output + ": " + e.getMessage(), e);
        }
        out().println(output);
        return 0;
    }
}
