package org.glossa.cli;

import java.util.ArrayList;
import java.util.List;
import org.glossa.core.Library;
import org.glossa.model.Annotation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "annotate", description = "Highlight a passage, with an optional note and tags.")
final class AnnotateCommand extends LibraryCommand {
    @Parameters(paramLabel = "DOC", description = "Document id (or a unique part of its title).")
    String doc;

    @Option(names = "--quote", required = true, paramLabel = "TEXT", description = "The exact passage to highlight.")
    String quote;

    @Option(names = "--occurrence", defaultValue = "1", paramLabel = "N",
            description = "Which occurrence of the quote (default: the first).")
    int occurrence;

    @Option(names = "--note", paramLabel = "MARKDOWN", description = "A note on the passage.")
    String note;

    @Option(names = "--tag", paramLabel = "TAG", description = "A tag (repeatable; hierarchical with '/').")
    List<String> tags = new ArrayList<>();

    @Option(names = "--color", paramLabel = "COLOR", description = "yellow (default), green, blue, pink, purple, orange, red, gray.")
    String color;

    @Option(names = "--json", description = "Print the new annotation as JSON.")
    boolean json;

    @Override
    int run(Library lib) throws Exception {
        long id = resolveDocument(lib, doc).id();
        Annotation a = lib.annotateQuote(id, quote, occurrence, color, note, tags);
        if (json) {
            printJson(AnnotationsCommand.row(a));
        } else {
            out().println(a.id());
        }
        return 0;
    }
}
