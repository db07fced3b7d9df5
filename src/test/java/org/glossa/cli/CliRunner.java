package org.glossa.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs the command line in process on one library file and keeps what it printed. */
final class CliRunner {
    private final Path library;

    CliRunner(Path library) {
        this.library = library;
    }

    record Result(int code, String out, String err) {
        List<String> errLines() {
            return err.lines().toList();
        }
    }

    /** Runs {@code glossa --library FILE args...}. */
    Result run(String... args) {
        List<String> all = new ArrayList<>(List.of("--library", library.toString()));
        all.addAll(List.of(args));
        return raw(all.toArray(String[]::new));
    }

    /** Runs exactly {@code args}; tests never let the default library be used. */
    static Result raw(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code;
        try (PrintWriter o = new PrintWriter(out); PrintWriter e = new PrintWriter(err)) {
            code = GlossaCli.run(args, o, e);
        }
        return new Result(code, out.toString(), err.toString());
    }
}
