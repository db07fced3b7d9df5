package org.glossa.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.glossa.core.Library;
import org.glossa.core.search.SearchHit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "search", description = {"Search document text and annotations, best hits first.",
        "Query: words, \"phrases\", prefix*, tag:NAME (also NAME/child), color:KEY, note:WORD, author:NAME,"
                + " in:COLLECTION. Case and accents are ignored."})
@ReadsOnly
final class SearchCommand extends LibraryCommand {
    @Parameters(paramLabel = "QUERY", arity = "1..*", description = "The query (several arguments are joined).")
    List<String> query;

    @Option(names = "--limit", defaultValue = "20", paramLabel = "N", description = "At most N hits (default 20).")
    int limit;

    @Option(names = "--json", description = "Print JSON: [{document, title, kind, annotation, start, end, snippet,"
            + " marks, score}].")
    boolean json;

    @Override
    int run(Library lib) throws Exception {
        int unindexed = lib.search().unindexedDocuments();
        if (unindexed > 0) {
            err().println("glossa: the text of " + unindexed + (unindexed == 1 ? " document is" : " documents are")
                    + " not in the search index yet (the library was last changed by an older Glossa);"
                    + " open it once in the window, or with a command that changes it, to index it.");
        }
        List<SearchHit> hits = lib.search().find(String.join(" ", query), Math.max(0, limit));
        if (json) {
            printJson(hits.stream().map(SearchCommand::row).toList());
            return 0;
        }
        for (SearchHit h : hits) {
            out().println(h.documentId() + "\t" + h.title() + "\t" + h.markedSnippet("\u00ab", "\u00bb")
                    + (h.kind() == SearchHit.Kind.ANNOTATION ? "\t[annotation " + h.annotationId() + "]" : ""));
        }
        return 0;
    }

    private static Map<String, Object> row(SearchHit h) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("document", h.documentId());
        m.put("title", h.title());
        m.put("kind", h.kind().name().toLowerCase(Locale.ROOT));
        m.put("annotation", h.annotationId());
        m.put("start", h.start());
        m.put("end", h.end());
        m.put("snippet", h.snippet());
        m.put("marks", h.marks().stream().map(r -> List.of(r.start(), r.end())).toList());
        m.put("score", h.score());
        return m;
    }
}
