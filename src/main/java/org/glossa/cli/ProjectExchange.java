package org.glossa.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.glossa.core.GlossaException;
import org.glossa.core.Library;
import org.glossa.core.qda.QdaImportReport;

/**
 * REFI-QDA on the command line: {@code import X.qdpx} reads a project (or a {@code .qdc}
 * codebook) instead of a document, and {@code export --format qdpx|qdc} writes one.
 */
final class ProjectExchange {
    static final String PROJECT = "qdpx";
    static final String CODEBOOK = "qdc";

    private ProjectExchange() {
    }

    /** Names the formats among the export formats (so the list of formats shows them); run's own branch writes them. */
    static void register(Map<String, ExportCommand.Format> formats) {
        formats.put(PROJECT, (lib, what, out) -> export(lib, PROJECT, null, true, what.documentId() != null
                || what.annotationId() != null || what.tag() != null, out));
        formats.put(CODEBOOK, (lib, what, out) -> export(lib, CODEBOOK, null, true, what.documentId() != null
                || what.annotationId() != null || what.tag() != null, out));
    }

    static boolean isFormat(String format) {
        String f = format.strip().toLowerCase(Locale.ROOT);
        return f.equals(PROJECT) || f.equals(CODEBOOK);
    }

    /**
     * Imports each project, telling what it did in one line (and what it left out on stderr);
     * returns the JSON rows, and whether one failed in {@code failed[0]}.
     */
    static List<Map<String, Object>> importAll(Library lib, List<Path> projects, boolean json, PrintWriter out,
                                               PrintWriter err, boolean[] failed) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Path p : projects) {
            Map<String, Object> row = new LinkedHashMap<>();
            try {
                QdaImportReport r = lib.qda().importProject(p);
                if (!json) {
                    out.println(r.summary());
                }
                for (String n : r.notices()) {
                    err.println("glossa: " + p.getFileName() + ": " + n);
                }
                row.put("status", "project");
                row.put("title", r.project());
                row.put("documents", r.documentsImported());
                row.put("documentsAlreadyHere", r.documentsMatched());
                row.put("sourcesSkipped", r.sourcesSkipped());
                row.put("codes", r.codes());
                row.put("annotations", r.selectionsImported());
                row.put("annotationsUpdated", r.selectionsRefreshed());
                row.put("annotationsUnchanged", r.selectionsKept());
                row.put("selectionsSkipped", r.selectionsSkipped());
                row.put("memos", r.memos());
                row.put("collections", r.collections());
                row.put("authors", r.authors());
                row.put("notices", r.notices());
            } catch (GlossaException e) {
                String name = p.getFileName() == null ? p.toString() : p.getFileName().toString();
                err.println("glossa: " + (e.getMessage().contains(name) ? "" : p + ": ") + e.getMessage());
                failed[0] = true;
                row.put("status", "failed");
                row.put("error", e.getMessage());
            }
            row.put("path", p.toString());
            rows.add(row);
        }
        return rows;
    }

    /** Writes the whole library (or one collection) as a project, or the tags as a codebook. */
    static void export(Library lib, String format, String collection, boolean all, boolean otherScope, Path output) {
        if (otherScope) {
            throw new GlossaException("A REFI-QDA export takes --all or --collection NAME.");
        }
        if (format.strip().equalsIgnoreCase(CODEBOOK)) {
            if (collection != null) {
                throw new GlossaException("A codebook holds every tag of the library: use --all with --format qdc.");
            }
            lib.qda().exportCodebook(output);
        } else {
            lib.qda().exportProject(output, collection);
        }
    }
}
