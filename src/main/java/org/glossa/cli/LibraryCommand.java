package org.glossa.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.glossa.core.GlossaException;
import org.glossa.core.Library;
import org.glossa.model.DocumentInfo;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** A subcommand that works on one library: opens it, runs, closes it. */
abstract class LibraryCommand implements Callable<Integer> {
    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Mixin
    LibraryOption library;

    /** {@link GlossaCli}, or a command group such as {@code packet} that has its own --library. */
    @ParentCommand
    Object parent;

    @Spec
    CommandSpec spec;

    @Override
    public final Integer call() throws Exception {
        try (Library lib = openLibrary()) {
            return run(lib);
        }
    }

    @picocli.CommandLine.Option(names = "--author", paramLabel = "NAME",
            description = "Your name on the annotations you make and export (default: $GLOSSA_AUTHOR, else your login).")
    String author;

    Library openLibrary() {
        String who = author != null ? author : System.getenv("GLOSSA_AUTHOR");
        return Library.open(LibraryOption.resolve(library, parentLibrary(parent)), java.time.Clock.systemUTC(),
                new org.glossa.core.importing.Importers(), who);
    }

    /** The --library given to the enclosing command(s), if any. */
    static LibraryOption parentLibrary(Object parent) {
        if (parent instanceof GlossaCli g) {
            return g.library;
        }
        if (parent instanceof PacketCommand p) {
            return p.library();
        }
        return null;
    }

    abstract int run(Library lib) throws Exception;

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** Timestamps in JSON always carry seconds and their zone: 2026-03-01T09:30:00Z. */
    static String iso(java.time.OffsetDateTime t) {
        return t == null ? null : t.format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    void printJson(Object value) throws Exception {
        out().println(JSON.writeValueAsString(value));
    }

    /** A document named by id, or by a title fragment that matches exactly one document. */
    static DocumentInfo resolveDocument(Library lib, String ref) {
        String r = ref.strip();
        if (r.matches("\\d{1,18}")) {
            return lib.document(Long.parseLong(r));
        }
        var matches = lib.documents().stream()
                .filter(d -> d.title().toLowerCase().contains(r.toLowerCase())).toList();
        if (matches.size() == 1) {
            return matches.get(0);
        }
        throw new GlossaException(matches.isEmpty()
                ? "No document matches '" + r + "' (see 'glossa list')."
                : "'" + r + "' matches " + matches.size() + " documents; use the id (see 'glossa list').");
    }
}
