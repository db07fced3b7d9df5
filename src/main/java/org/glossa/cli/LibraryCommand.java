package org.glossa.cli;

import java.util.Locale;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.glossa.core.GlossaException;
import org.glossa.core.Library;
import org.glossa.core.store.LibraryFile;
import org.glossa.model.DocumentInfo;

/** A subcommand that works on one library: opens it, runs, closes it. */
abstract class LibraryCommand extends LibraryFileCommand {
    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public final Integer call() throws Exception {
        java.nio.file.Path file = file();
        if (readOnly() && !LibraryFile.needsWriterToOpen(file)) {
            // WAL readers run beside a window that holds the writer's lock
            try (Library lib = Library.openReadOnly(file)) {
                return run(lib);
            }
        }
        try (org.glossa.core.LibraryLock lock = org.glossa.core.LibraryLock.acquire(file);
             Library lib = openLibrary(file)) {
            return run(lib);
        }
    }

    /** Commands that only read say so ({@link ReadsOnly}), and then work while a window has the library open. */
    boolean readOnly() {
        return getClass().isAnnotationPresent(ReadsOnly.class);
    }

    @picocli.CommandLine.Option(names = "--author", paramLabel = "NAME",
            description = "Your name on the annotations you make and export (default: $GLOSSA_AUTHOR, else your login).")
    String author;

    Library openLibrary(java.nio.file.Path file) {
        String who = author != null ? author : System.getenv("GLOSSA_AUTHOR");
        return Library.open(file, java.time.Clock.systemUTC(), importers(), who);
    }

    /** The importers the library reads files with; a command may choose other ways of reading. */
    org.glossa.core.importing.Importers importers() {
        return new org.glossa.core.importing.Importers();
    }

    abstract int run(Library lib) throws Exception;

    /** Timestamps in JSON always carry seconds and their zone: 2026-03-01T09:30:00Z. */
    static String iso(java.time.OffsetDateTime t) {
        return t == null ? null : t.format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    void printJson(Object value) throws Exception {
        out().println(JSON.writeValueAsString(value));
    }

    /** What a new version of a document did to its annotations: a line, or JSON {id, anchored, moved, fuzzy, orphaned}. */
    void printReplaced(org.glossa.core.anchoring.ReanchorReport r, boolean json) throws Exception {
        if (json) {
            printJson(java.util.Map.of("id", r.documentId(), "anchored", r.anchored(), "moved", r.moved(),
                    "fuzzy", r.fuzzy(), "orphaned", r.orphaned()));
        } else {
            out().println(r.documentId() + "\treplaced\t" + r.summary());
        }
    }

    /** A document named by id, or by a title fragment that matches exactly one document. */
    static DocumentInfo resolveDocument(Library lib, String ref) {
        String r = ref.strip();
        if (r.matches("\\d{1,18}")) {
            return lib.document(Long.parseLong(r));
        }
        var matches = lib.documents().stream()
                .filter(d -> d.title().toLowerCase(Locale.ROOT).contains(r.toLowerCase(Locale.ROOT))).toList();
        if (matches.size() == 1) {
            return matches.get(0);
        }
        throw new GlossaException(matches.isEmpty()
                ? "No document matches '" + r + "' (see 'glossa list')."
                : "'" + r + "' matches " + matches.size() + " documents; use the id (see 'glossa list').");
    }
}
