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

@Command(name = "export", description = "Export a document's annotations, or the whole library's, to a file.")
final class ExportCommand extends LibraryCommand {

    /** One export format: writes what {@code documentId} (null: the whole library) holds to a file. */
    @FunctionalInterface
    interface Format {
        void write(Library lib, Long documentId, Path out) throws IOException;
    }

    /** The formats by name; a new format is one more entry here. */
    static final Map<String, Format> FORMATS = new TreeMap<>(Map.of(
            "jsonld", (lib, doc, out) -> Files.writeString(out,
                    doc == null ? lib.exportAllWebAnnotations() : lib.exportWebAnnotations(doc),
                    StandardCharsets.UTF_8)));

    static final class Scope {
        @Parameters(paramLabel = "DOC", description = "Document id (or a unique part of its title).")
        String doc;

        @Option(names = "--all", description = "Export every document's annotations.")
        boolean all;
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
        Long doc = scope.all ? null : resolveDocument(lib, scope.doc).id();
        try {
            f.write(lib, doc, output);
        } catch (IOException e) {
            throw new GlossaException("Cannot write " + output + ": " + e.getMessage(), e);
        }
        out().println(output);
        return 0;
    }
}
