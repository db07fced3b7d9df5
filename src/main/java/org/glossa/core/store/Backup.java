package org.glossa.core.store;

import java.nio.file.Path;
import java.time.Instant;
import java.util.OptionalInt;

/**
 * One automatic copy of a library in the {@code backups/} folder beside it.
 *
 * @param file          the copy (a complete SQLite library; open or restore it as it is)
 * @param taken         when it was taken (UTC, from its name)
 * @param bytes         its size
 * @param schemaBefore  the schema version it was taken at, when it was taken before an upgrade
 */
public record Backup(Path file, Instant taken, long bytes, OptionalInt schemaBefore) {
    /** True for the copies taken on open, which are rotated; copies taken before an upgrade are kept. */
    public boolean rolling() {
        return schemaBefore.isEmpty();
    }
}
