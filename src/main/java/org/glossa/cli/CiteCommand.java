package org.glossa.cli;

import org.glossa.core.Library;
import org.glossa.core.citation.Citation;
import org.glossa.core.citation.CitationStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "cite", description = "Print an annotation as a citation: the quote with its page or heading, "
        + "then the reference entry (what Copy as citation puts on the clipboard).")
final class CiteCommand extends LibraryCommand {
    @Parameters(paramLabel = "ANNOTATION", description = "Annotation id (from `glossa annotations DOC`).")
    String id;

    @Option(names = "--style", paramLabel = "STYLE",
            description = "apa (APA 7th edition) or chicago (Chicago 17th edition, author-date); default: the style chosen in the window, else apa.")
    String style;

    @Option(names = "--html", description = "Print the citation as HTML (italic titles) instead of plain text.")
    boolean html;

    @Override
    int run(Library lib) {
        CitationStyle s = style == null ? lib.citations().preferredStyle() : CitationStyle.parse(style);
        Citation c = lib.citations().cite(lib.annotation(id).id(), s);
        out().print(html ? c.html() : c.text());
        out().flush();
        return 0;
    }

    @Override
    boolean readOnly() {
        return true;
    }
}
