package org.glossa.cli;

import org.glossa.core.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "text", description = "Print the exact plain text the reader shows.")
@ReadsOnly
final class TextCommand extends LibraryCommand {
    @Parameters(paramLabel = "DOC", description = "Document id (or a unique part of its title).")
    String doc;

    @Override
    int run(Library lib) {
        out().print(lib.load(resolveDocument(lib, doc).id()).text());
        out().flush();
        return 0;
    }
}
