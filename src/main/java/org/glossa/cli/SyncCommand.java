package org.glossa.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.glossa.core.GlossaException;
import org.glossa.core.Library;
import org.glossa.core.sync.Sync;
import org.glossa.core.sync.SyncRemote;
import org.glossa.core.sync.SyncReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "sync", description = {"Sync with a remote (or every remote): pull what others and your other"
        + " devices wrote, push what you changed.", "Prints: NAME <TAB> pushed N <TAB> pulled N <TAB> conflicts N."})
final class SyncCommand extends LibraryCommand {
    @Parameters(index = "0", arity = "0..1", paramLabel = "NAME", description = "The remote (default: every remote).")
    String name;

    @Option(names = "--json", description = "Print JSON: [{remote, pushed, pulled, conflicts, refused,"
            + " documentsPushed, documentsPulled, requests, problems}].")
    boolean json;

    @Option(names = "--verbose", description = "Print each file as it is pushed or pulled.")
    boolean verbose;

    @Override
    int run(Library lib) throws Exception {
        List<SyncRemote> remotes = name != null ? List.of(lib.sync().remote(name)) : lib.sync().remotes();
        if (remotes.isEmpty()) {
            throw new GlossaException("This library has no remote yet; add one with 'glossa remote add NAME URL|PATH'.");
        }
        List<SyncReport> reports = new ArrayList<>();
        for (SyncRemote r : remotes) {
            reports.add(lib.sync().sync(r, lib.sync().open(r, Sync.fromEnvironment()), line -> {
                if (verbose) {
                    out().println(r.name() + "\t" + line);
                    out().flush();
                }
            }));
        }
        if (json) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (SyncReport r : reports) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("remote", r.remote());
                m.put("pushed", r.pushed());
                m.put("pulled", r.pulled());
                m.put("conflicts", r.conflicts());
                m.put("refused", r.refused());
                m.put("documentsPushed", r.documentsPushed());
                m.put("documentsPulled", r.documentsPulled());
                m.put("requests", r.requests());
                m.put("problems", r.problems());
                rows.add(m);
            }
            printJson(rows);
            return 0;
        }
        for (SyncReport r : reports) {
            out().println(r.remote() + "\tpushed " + r.pushed() + "\tpulled " + r.pulled() + "\tconflicts "
                    + r.conflicts() + (r.refused() > 0 ? "\trefused " + r.refused() : ""));
            r.problems().forEach(p -> err().println(r.remote() + ": " + p));
        }
        return 0;
    }
}
