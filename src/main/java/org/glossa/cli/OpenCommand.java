package org.glossa.cli;

import org.glossa.core.GlossaException;
import org.glossa.core.Library;
import org.glossa.core.export.GlossaLink;
import org.glossa.model.Annotation;
import org.glossa.model.DocumentInfo;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code open DOC [--at OFFSET | --annotation ID]} or {@code open glossa://open?...}: where a link
 * from an export points. On the command line it prints the document and offset; the window uses
 * the same resolution to show the passage.
 */
@Command(name = "open", description = {"Show where a glossa:// link (from a Markdown or HTML export) points:",
        "prints the document id, the offset and the passage."})
final class OpenCommand extends LibraryCommand {
    @Parameters(paramLabel = "DOC|LINK", description = "Document id, unique title part, or a glossa://open?... link.")
    String target;

    static final class Where {
        @Option(names = "--at", paramLabel = "OFFSET", description = "Offset into the text (as 'glossa text' prints it).")
        Integer at;

        @Option(names = "--annotation", paramLabel = "ID", description = "Annotation id.")
        String annotation;
    }

    @ArgGroup(exclusive = true)
    Where where;

    @Override
    int run(Library lib) {
        GlossaLink link;
        DocumentInfo doc;
        if (target.startsWith("glossa:")) {
            link = GlossaLink.parse(target);
            doc = lib.exports().resolveLink(link).orElseThrow(() -> new GlossaException(
                    "This library has no document " + link.doc() + " (import it or its packet first)."));
        } else {
            doc = resolveDocument(lib, target);
            link = new GlossaLink(String.valueOf(doc.id()), where == null ? null : where.annotation,
                    where == null ? null : where.at);
        }
        int offset = 0;
        String passage = "";
        if (link.annotation() != null) {
            Annotation a = lib.annotation(link.annotation());
            if (a.documentId() != doc.id()) {
                throw new GlossaException("Annotation " + a.id() + " belongs to another document.");
            }
            offset = a.start();
            passage = a.quote().exact();
        } else if (link.at() != null) {
            String text = lib.load(doc.id()).text();
            if (link.at() > text.length()) {
                throw new GlossaException("Offset " + link.at() + " is past the end of the text (" + text.length() + ").");
            }
            offset = link.at();
            passage = text.substring(offset, Math.min(text.length(), offset + 60));
        }
        out().println(doc.id() + "\t" + offset + "\t" + doc.title() + "\t\u201c" + passage.replace('\n', ' ') + "\u201d");
        return 0;
    }
}
