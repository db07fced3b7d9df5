package org.glossa.cli;

import java.nio.file.Path;
import org.glossa.core.store.LibraryFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "restore", description = "Replace the library with its newest automatic backup (or BACKUP);"
        + " the current file is moved aside, never deleted.")
final class RestoreCommand extends LibraryFileCommand {
    @Parameters(paramLabel = "BACKUP", arity = "0..1", description = "A backup file (default: the newest; see 'glossa backups').")
    Path backup;

    @Override
    public Integer call() {
        Path aside = LibraryFile.restore(file(), backup);
        if (aside != null) {
            out().println("The previous library file was moved to " + aside + ".");
        }
        out().println("Restored " + file() + " from the backup.");
        return 0;
    }
}
