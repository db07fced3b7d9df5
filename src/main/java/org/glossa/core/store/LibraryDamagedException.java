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
    private final boolean missing;

    LibraryDamagedException(Path library, String problem, List<Backup> backups, Throwable cause) {
        this(message(library, problem, backups), library, backups, false, cause);
    }

    private LibraryDamagedException(String message, Path library, List<Backup> backups, boolean missing,
            Throwable cause) {
        super(message, cause);
        this.library = library;
        this.backups = List.copyOf(backups);
        this.missing = missing;
    }

    /**
     * The library file is gone but its automatic backups are there: it was deleted or moved, not
     * never made, so a new, empty library must not silently take its place.
     */
    static LibraryDamagedException missing(Path library, List<Backup> backups) {
        return new LibraryDamagedException("There is no library file at " + library + ", but it has automatic"
                + " backups, so Glossa did not make a new, empty one; restore the newest, " + backups.get(0).file()
                + ", with 'glossa restore' (or move " + Backups.folder(library) + " away to start an empty library).",
                library, backups, true, null);
    }

    /** True when the file is missing (rather than damaged) and backups of it exist. */
    public boolean missing() {
        return missing;
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
