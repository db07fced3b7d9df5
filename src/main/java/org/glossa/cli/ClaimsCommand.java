package org.glossa.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.glossa.core.Library;
import org.glossa.core.claims.ClaimRow;
import org.glossa.core.claims.ClaimsCsv;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "claims", description = {"Every annotation across the library that matches a filter (all without one),"
        + " as a table.", "The filter uses the search language, e.g. 'tag:claim in:\"Week 3\"'."})
final class ClaimsCommand extends LibraryCommand {
    @Parameters(paramLabel = "QUERY", arity = "0..*", description = "Filter (several arguments are joined).")
    List<String> query = new ArrayList<>();

    @Option(names = "--csv", paramLabel = "FILE", description = "Write CSV (UTF-8 with BOM, RFC 4180) to FILE.")
    Path csv;

    @Option(names = "--no-bom", description = "With --csv: no byte-order mark.")
    boolean noBom;

    @Option(names = "--tsv", description = "Print tab-separated values (as copied to the clipboard).")
    boolean tsv;

    @Option(names = "--json", description = "Print JSON: [{annotation, document, title, page, location, start, end, quote,"
            + " note, tags, color, color_meaning, author, created, modified, status}].")
    boolean json;

    @Override
    int run(Library lib) throws Exception {
        String q = String.join(" ", query);
        if (csv != null) {
            int n = lib.claims().exportCsv(q, csv, !noBom);
            out().println(n + " row" + (n == 1 ? "" : "s") + " written to " + csv);
            return 0;
        }
        List<ClaimRow> rows = lib.claims().rows(q);
        if (json) {
            printJson(rows.stream().map(ClaimsCommand::row).toList());
        } else if (tsv) {
            out().print(ClaimsCsv.toTsv(rows));
            out().flush();
        } else {
            for (ClaimRow r : rows) {
                out().println(r.documentId() + "\t" + r.documentTitle() + "\t"
                        + r.locationOrOffset() + "\t" + r.color() + "\t\u201c"
                        + oneLine(r.quote()) + "\u201d" + (r.note().isEmpty() ? "" : "\tnote: " + oneLine(r.note()))
                        + (r.tags().isEmpty() ? "" : "\ttags: " + String.join(", ", r.tags())));
            }
        }
        return 0;
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s*\\R\\s*", " ");
    }

    private static Map<String, Object> row(ClaimRow r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("annotation", r.annotationId());
        m.put("document", r.documentId());
        m.put("title", r.documentTitle());
        m.put("page", r.page());
        m.put("location", r.location());
        m.put("start", r.start());
        m.put("end", r.end());
        m.put("quote", r.quote());
        m.put("note", r.note());
        m.put("tags", r.tags());
        m.put("color", r.color());
        m.put("color_meaning", r.colorMeaning());
        m.put("author", r.author());
        m.put("created", r.created() == null ? null : r.created().toString());
        m.put("modified", r.modified() == null ? null : r.modified().toString());
        m.put("status", r.status());
        return m;
    }
}
