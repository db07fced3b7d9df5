package org.glossa.cli;

import java.util.List;
import org.glossa.core.store.LibraryFile;
import picocli.CommandLine.Command;

@Command(name = "check", description = "Check the library file for damage (PRAGMA integrity_check); exit 1 if damaged.")
final class CheckCommand extends LibraryFileCommand {
    @Override
    public Integer call() {
        List<String> problems = LibraryFile.check(file());
        if (problems.isEmpty()) {
            out().println("ok");
            return 0;
        }
        problems.forEach(out()::println);
        err().println("glossa: the library " + file() + " is damaged; restore a backup with 'glossa restore'"
                + " (see 'glossa backups').");
        return 1;
    }
}
