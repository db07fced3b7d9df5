package org.glossa.core.store;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.glossa.core.GlossaException;
import org.glossa.core.LibraryLock;

/**
 * What can be done to a library file without opening it: check it, list its automatic backups,
 * restore one. These work on a damaged library too, which is when they are needed most.
 */
public final class LibraryFile {
    private LibraryFile() {
    }

    /** True when {@code Library.openReadOnly} cannot serve the file: it is missing or needs an upgrade. */
    public static boolean needsWriterToOpen(Path file) {
        return Database.needsWriterToOpen(file);
    }

    /** What {@code PRAGMA integrity_check} finds wrong with the file (read-only); empty means sound. */
    public static List<String> check(Path library) {
        return LibraryCheck.problems(library, true);
    }

    /** The automatic backups of a library, newest first. */
    public static List<Backup> backups(Path library) {
        return Backups.list(library);
    }

    /**
     * Replaces the library with {@code backup} (null: the newest automatic backup), taking the
     * writer's lock for the time it takes, so call it with the library closed and its lock released
     * (a window offering this after a failed open has neither). The backup is checked first; the
     * previous file is moved aside with its WAL, never deleted. Returns where it went (null when
     * there was no library file).
     */
    public static Path restore(Path library, Path backup) {
        Path chosen = backup;
        if (chosen == null) {
            chosen = backups(library).stream().findFirst().map(Backup::file)
                    .orElseThrow(() -> new GlossaException("There is no automatic backup of " + library
                            + " to restore."));
        }
        try (LibraryLock lock = LibraryLock.acquire(library)) {
            return Restore.restore(library, chosen, Instant.now());
        }
    }
}
