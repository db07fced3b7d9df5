package org.glossa.core.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import org.glossa.core.GlossaException;

/**
 * Puts a backup in the library's place. The file it replaces is moved aside, never deleted (it may
 * hold the only copy of recent notes, and tools can often rescue pages from it); its WAL and
 * shared-memory files move with it, because a WAL left beside the restored file would be
 * replayed into it.
 */
public final class Restore {
    private static final List<String> COMPANIONS = List.of("-wal", "-shm");

    private Restore() {
    }

    /**
     * Restores {@code backup} as {@code library}; returns where the previous library file was
     * moved, or null when there was none. The caller holds the library's lock.
     */
    public static Path restore(Path library, Path backup, Instant now) {
        if (!Files.isRegularFile(backup)) {
            throw new GlossaException("There is no backup file at " + backup + "; see 'glossa backups'.");
        }
        List<String> problems = LibraryCheck.problems(backup, true);
        if (!problems.isEmpty()) {
            throw new GlossaException("The backup " + backup + " is damaged too (" + LibraryCheck.summary(problems)
                    + "); choose another one from 'glossa backups'.");
        }
        Path incoming = library.resolveSibling(library.getFileName() + ".restoring");
        Path aside = library.resolveSibling(library.getFileName() + ".replaced-" + Backups.stamp(now));
        try {
            // copy first: if the copy fails (disk full) the library is still where it was
            Files.copy(backup, incoming, StandardCopyOption.REPLACE_EXISTING);
            boolean hadLibrary = Files.exists(library);
            if (hadLibrary) {
                for (String suffix : COMPANIONS) {
                    Path companion = library.resolveSibling(library.getFileName() + suffix);
                    if (Files.exists(companion)) {
                        Backups.move(companion, aside.resolveSibling(aside.getFileName() + suffix));
                    }
                }
                Backups.move(library, aside);
            }
            Backups.move(incoming, library);
            return hadLibrary ? aside : null;
        } catch (IOException e) {
            throw new GlossaException("The backup could not be restored (" + e.getMessage() + "); the library "
                    + (Files.exists(library) ? "is unchanged." : "was moved to " + aside + "."), e);
        } finally {
            try {
                Files.deleteIfExists(incoming);
            } catch (IOException ignored) {
                // a leftover .restoring copy is harmless and shows what happened
            }
        }
    }
}
