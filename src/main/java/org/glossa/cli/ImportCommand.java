package org.glossa.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.glossa.core.BatchResult;
import org.glossa.core.ImportProgress;
import org.glossa.core.Library;
import org.glossa.core.importing.FormatSniffer;
import org.glossa.core.importing.HtmlImporter;
import org.glossa.core.importing.Importers;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import", description = "Import files and folders (recursively); prints each document's id.")
final class ImportCommand extends LibraryCommand {
    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders to import.")
    List<Path> paths;

    @Option(names = "--json", description = "Print JSON: [{id, title, status, path}], failures with status \"failed\" and \"error\".")
    boolean json;

    @Option(names = "--replace", paramLabel = "DOC",
            description = "Make the file the new version of document DOC, keeping its annotations"
                    + " (re-anchored); prints how many were anchored, moved, need review, orphaned.")
    String replace;

    @Option(names = "--whole-page", description = "Read web pages whole (their visible body, without plain page"
            + " furniture) instead of looking for the article.")
    boolean wholePage;

    @Override
    Importers importers() {
        return wholePage ? new Importers().with(FormatSniffer.Format.HTML, HtmlImporter.wholePage()) : super.importers();
    }

    @Override
    int run(Library lib) throws Exception {
        if (replace != null) {
            return replace(lib);
        }
        boolean[] projectFailed = {false};
        List<Map<String, Object>> projectRows = ProjectExchange.importAll(lib,
                paths.stream().filter(org.glossa.core.qda.Qda::isProjectFile).toList(), json, out(), err(), projectFailed);
        paths = paths.stream().filter(p -> !org.glossa.core.qda.Qda.isProjectFile(p)).toList();
        if (paths.isEmpty()) {
            if (json) {
                printJson(projectRows);
            }
            return projectFailed[0] ? 1 : 0;
        }
        BatchResult result = lib.bulkImport().files(paths, new ImportProgress() {
            @Override
            public void starting(int index, int total, Path file) {
                if (total > 1) {
                    err().println("[" + index + "/" + total + "] " + file.getFileName());
                }
            }

            @Override
            public void finished(int index, int total, BatchResult.Outcome o) {
                if (o.status() == BatchResult.Status.FAILED) {
                    err().println("glossa: " + o.file() + ": " + o.error());
                } else {
                    if (!json) {
                        out().println(o.id() + "\t" + status(o) + "\t" + o.title());
                    }
                    String hint = extractionHint(o.id(), lib.metadata(o.id()).get(HtmlImporter.EXTRACTION));
                    if (hint != null) {
                        err().println("glossa: " + o.file().getFileName() + ": " + hint);
                    }
                }
            }
        }, () -> false);
        if (json) {
            List<Map<String, Object>> rows = new ArrayList<>(projectRows);
            for (BatchResult.Outcome o : result.outcomes()) {
                Map<String, Object> row = new LinkedHashMap<>();
                if (o.status() != BatchResult.Status.FAILED) {
                    row.put("id", o.id());
                    row.put("title", o.title());
                }
                row.put("status", status(o));
                row.put("path", o.file().toString());
                if (o.error() != null) {
                    row.put("error", o.error());
                }
                rows.add(row);
            }
            printJson(rows);
        }
        return result.anyFailed() || projectFailed[0] ? 1 : 0;
    }

    /** What the user should know about how a web page's text was chosen, or null. */
    private String extractionHint(long id, String extraction) {
        if (HtmlImporter.ARTICLE_UNSURE.equals(extraction)) {
            return "Showing the article; File \u203a Show whole page (or glossa reimport " + id
                    + " --whole-page) reads the full page.";
        }
        if (HtmlImporter.WHOLE_PAGE.equals(extraction) && !wholePage) {
            return "no article found; showing the whole page.";
        }
        return null;
    }

    private static String status(BatchResult.Outcome o) {
        return o.status().name().toLowerCase(Locale.ROOT);
    }

    private int replace(Library lib) throws Exception {
        if (paths.size() != 1) {
            throw new ParameterException(spec.commandLine(), "--replace takes exactly one file.");
        }
        long id = resolveDocument(lib, replace).id();
        printReplaced(lib.versions().replaceFromFile(id, paths.get(0)), json);
        return 0;
    }
}
