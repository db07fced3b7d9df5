package org.glossa.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.glossa.core.GlossaException;
import org.glossa.core.Library;
import org.glossa.core.anchoring.ReanchorReport;
import org.glossa.model.ImportResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import", description = "Import documents; prints each new document's id.")
final class ImportCommand extends LibraryCommand {
    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files to import.")
    List<Path> paths;

    @Option(names = "--json", description = "Print JSON: [{id, title, status}].")
    boolean json;

    @Option(names = "--replace", paramLabel = "DOC",
            description = "Make the file the new version of document DOC, keeping its annotations"
                    + " (re-anchored); prints how many were anchored, moved, need review, orphaned.")
    String replace;

    @Override
    int run(Library lib) throws Exception {
        if (replace != null) {
            return replace(lib);
        }
        List<Map<String, Object>> results = new ArrayList<>();
        int failed = 0;
        for (Path p : paths) {
            try {
                ImportResult r = lib.importFile(p);
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("id", r.id());
                row.put("title", r.title());
                row.put("status", r.status().name().toLowerCase());
                row.put("path", p.toString());
                results.add(row);
                if (!json) {
                    out().println(r.id() + "\t" + row.get("status") + "\t" + r.title());
                }
            } catch (GlossaException e) {
                failed++;
                err().println("glossa: " + p + ": " + e.getMessage());
            }
        }
        if (json) {
            printJson(results);
        }
        return failed == 0 ? 0 : 1;
    }

    private int replace(Library lib) throws Exception {
        if (paths.size() != 1) {
            throw new ParameterException(spec.commandLine(), "--replace takes exactly one file.");
        }
        long id = resolveDocument(lib, replace).id();
        ReanchorReport r = lib.replaceDocumentFromFile(id, paths.get(0));
        if (json) {
            printJson(Map.of("id", r.documentId(), "anchored", r.anchored(), "moved", r.moved(),
                    "fuzzy", r.fuzzy(), "orphaned", r.orphaned()));
        } else {
            out().println(r.documentId() + "\treplaced\t" + r.summary());
        }
        return 0;
    }
}
