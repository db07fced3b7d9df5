package org.glossa.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.glossa.core.Library;
import org.glossa.model.Annotation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "annotations", description = "List a document's annotations in reading order.")
@ReadsOnly
final class AnnotationsCommand extends LibraryCommand {
    @Parameters(paramLabel = "DOC", description = "Document id (or a unique part of its title).")
    String doc;

    @Option(names = "--json", description = "Print JSON: [{id, start, end, exact, prefix, suffix, color, note, tags,"
            + " status, created, modified}].")
    boolean json;

    @Override
    int run(Library lib) throws Exception {
        List<Annotation> list = lib.annotations(resolveDocument(lib, doc).id());
        if (json) {
            printJson(list.stream().map(AnnotationsCommand::row).toList());
            return 0;
        }
        for (Annotation a : list) {
            StringBuilder line = new StringBuilder();
            line.append(a.start()).append('-').append(a.end()).append('\t').append(a.color()).append('\t')
                    .append('\u201c').append(oneLine(a.quote().exact())).append('\u201d');
            if (!a.note().isEmpty()) {
                line.append("\tnote: ").append(oneLine(a.note()));
            }
            if (!a.tags().isEmpty()) {
                line.append("\ttags: ").append(String.join(", ", a.tags()));
            }
            if (a.status() != org.glossa.model.AnchorStatus.ANCHORED) {
                line.append("\t[").append(a.status().code()).append(']');
            }
            out().println(line);
        }
        return 0;
    }

    private static String oneLine(String s) {
        return s.replace('\n', ' ');
    }

    static Map<String, Object> row(Annotation a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        m.put("document", a.documentId());
        m.put("start", a.start());
        m.put("end", a.end());
        m.put("exact", a.quote().exact());
        m.put("prefix", a.quote().prefix());
        m.put("suffix", a.quote().suffix());
        m.put("color", a.color());
        m.put("note", a.note());
        m.put("tags", a.tags());
        m.put("status", a.status().code());
        m.put("author", a.author());
        m.put("created", LibraryCommand.iso(a.created()));
        m.put("modified", LibraryCommand.iso(a.modified()));
        return m;
    }
}
