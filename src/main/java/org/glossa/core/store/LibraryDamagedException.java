package org.glossa.core.store;

import java.nio.file.Path;
import java.util.List;
import org.glossa.core.GlossaException;

/**
 * The library file failed its check on open and was left exactly as it was. Carries the
 * automatic backups (newest first) so a front end can offer them for restore.
 */
public final class LibraryDamagedException extends GlossaException {
    private final transient Path library;
    private final transient List<Backup> backups;

    LibraryDamagedException(Path library, String problem, List<Backup> backups, Throwable cause) {
        super(message(library, problem, backups), cause);
        this.library = library;
        this.backups = List.copyOf(backups);
    }

    public Path library() {
        return library;
    }

    /** The automatic backups, newest first (may be empty). */
    public List<Backup> backups() {
        return backups;
    }

    private static String message(Path library, String problem, List<Backup> backups) {
        String start = "The library " + library + " is damaged (" + problem + ") and was not changed; ";
        if (backups.isEmpty()) {
            return start + "there is no automatic backup of it, so keep the file and run 'glossa check' for details.";
        }
        return start + "restore the newest automatic backup, " + backups.get(0).file()
                + ", with 'glossa restore' (the damaged file is kept beside it).";
    }
}
