package org.glossa.cli;

import org.glossa.core.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "reimport", description = "Read a web page again from the original kept in the library, as a new"
        + " version of the document (annotations re-anchored), like File \u203a Show whole page.")
final class ReimportCommand extends LibraryCommand {
    @Parameters(paramLabel = "DOC", description = "Document id (or a unique part of its title).")
    String doc;

    @Option(names = "--whole-page", description = "Read the page whole (its visible body, without plain page"
            + " furniture) instead of looking for the article.")
    boolean wholePage;

    @Option(names = "--json", description = "Print JSON: {id, anchored, moved, fuzzy, orphaned}.")
    boolean json;

    @Override
    int run(Library lib) throws Exception {
        long id = resolveDocument(lib, doc).id();
        printReplaced(lib.versions().reread(id, wholePage), json);
        return 0;
    }
}
