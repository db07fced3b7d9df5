package org.glossa.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.glossa.core.Library;
import org.glossa.model.DocumentInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "list", description = "List the documents in the library.")
@ReadsOnly
final class ListCommand extends LibraryCommand {
    @Option(names = "--json", description = "Print JSON: [{id, title, author, source, format, annotations}].")
    boolean json;

    @Override
    int run(Library lib) throws Exception {
        List<DocumentInfo> docs = lib.documents();
        if (json) {
            printJson(docs.stream().map(ListCommand::row).toList());
        } else {
            for (DocumentInfo d : docs) {
                out().println(d.id() + "\t" + d.title() + (d.author() == null ? "" : " \u2014 " + d.author())
                        + "\t" + d.annotationCount() + " annotation" + (d.annotationCount() == 1 ? "" : "s"));
            }
        }
        return 0;
    }

    private static Map<String, Object> row(DocumentInfo d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", d.id());
        m.put("title", d.title());
        m.put("author", d.author());
        m.put("source", d.source());
        m.put("format", d.format());
        m.put("annotations", d.annotationCount());
        m.put("language", d.language());
        m.put("direction", d.direction().code());
        m.put("uri", d.uri());
        m.put("added", iso(d.added()));
        return m;
    }
}
