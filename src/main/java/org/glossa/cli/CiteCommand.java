package org.glossa.cli;

import org.glossa.core.Library;
import org.glossa.core.citation.CitationStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "cite", description = "Print an annotation's quote with its source as a citation (APA or Chicago author-date).")
final class CiteCommand extends LibraryCommand {
    @Parameters(paramLabel = "ANNOTATION-ID", description = "The annotation to cite.")
    String annotation;

    @Option(names = "--style", paramLabel = "STYLE", description = "apa (default: the style chosen in Preferences) or chicago.")
    String style;

    @Option(names = "--html", description = "Print the HTML form instead of plain text.")
    boolean html;

    @Override
    int run(Library lib) throws Exception {
        CitationStyle s = style == null ? lib.citations().preferredStyle() : CitationStyle.parse(style);
        var citation = lib.citations().cite(lib.annotation(annotation).id(), s);
        out().print(html ? citation.html() : citation.text());
        out().flush();
        return 0;
    }
}
