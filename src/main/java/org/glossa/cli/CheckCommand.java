package org.glossa.cli;

import java.util.List;
import java.util.Optional;
import org.glossa.core.store.Backup;
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
        Optional<Backup> newest = LibraryFile.backups(file()).stream().findFirst();
        err().println(newest.isPresent()
                ? "glossa: the library " + file() + " is damaged; restore the newest automatic backup, "
                        + newest.get().file() + ", with 'glossa restore' (see 'glossa backups')."
                : "glossa: the library " + file() + " is damaged and there is no automatic backup of it;"
                        + " keep the file as it is (check has not changed it).");
        return 1;
    }
}
