package org.glossa.cli;

import org.glossa.core.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "delete-annotation", description = "Delete one annotation (the next sync tells your remotes).")
final class DeleteAnnotationCommand extends LibraryCommand {
    @Parameters(index = "0", paramLabel = "ID", description = "The annotation's id (see 'glossa annotations DOC').")
    String id;

    @Override
    int run(Library lib) {
        lib.deleteAnnotation(id.strip());
        out().println(id.strip() + "\tdeleted");
        return 0;
    }
}
