package org.glossa.core.store;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.glossa.core.GlossaException;

/**
 * The {@code backups/} folder beside a library: {@code LIBRARY.yyyyMMddTHHmmssSSSZ.bak} for the
 * rolling copies taken on open, {@code LIBRARY.STAMP.schemaN.bak} for the copy taken before an
 * upgrade from schema N. Copies are written with {@code VACUUM INTO} to a {@code .partial} name
 * and then renamed, so a crash mid-copy never leaves a half file that looks like a backup.
 */
public final class Backups {
    private static final Logger LOG = Logger.getLogger(Backups.class.getName());
    private static final String FOLDER = "backups";
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private Backups() {
    }

    public static Path folder(Path library) {
        return library.toAbsolutePath().resolveSibling(FOLDER);
    }

    /** The library's backups, newest first; none when the folder does not exist. */
    public static List<Backup> list(Path library) {
        Path dir = folder(library);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        Pattern name = Pattern.compile(Pattern.quote(library.getFileName().toString())
                + "\\.(\\d{8}T\\d{9}Z)(?:\\.schema(\\d+))?\\.bak");
        List<Backup> out = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path f : files) {
                Matcher m = name.matcher(f.getFileName().toString());
                if (m.matches() && Files.isRegularFile(f)) {
                    Instant taken = STAMP.parse(m.group(1), Instant::from);
                    OptionalInt schema = m.group(2) == null ? OptionalInt.empty()
                            : OptionalInt.of(Integer.parseInt(m.group(2)));
                    out.add(new Backup(f, taken, Files.size(f), schema));
                }
            }
        } catch (IOException e) {
            throw new GlossaException("Cannot list the backups in " + dir + ": " + e.getMessage(), e);
        }
        out.sort(Comparator.comparing(Backup::taken).reversed());
        return out;
    }

    public static Optional<Backup> newest(Path library) {
        return list(library).stream().findFirst();
    }

    /**
     * Takes a rolling backup when the policy says it is due, then prunes old ones. A backup that
     * cannot be written (disk full, read-only folder) is logged, not thrown: a missing copy must
     * never keep people from their notes.
     */
    static void takeIfDue(Connection c, Path library, BackupPolicy policy) {
        Instant now = policy.clock().instant();
        try {
            if (!due(library, now, policy)) {
                return;
            }
            take(c, library, now, OptionalInt.empty());
            prune(library, policy.keep());
        } catch (SQLException | IOException | GlossaException e) {
            LOG.log(Level.WARNING, "No automatic backup of " + library + " this time: " + e.getMessage(), e);
        }
    }

    static boolean due(Path library, Instant now, BackupPolicy policy) throws IOException {
        Optional<Backup> newest = list(library).stream().filter(Backup::rolling).findFirst();
        if (newest.isEmpty()) {
            return true;
        }
        Instant taken = newest.get().taken();
        return lastChange(library).isAfter(taken) && !now.isBefore(taken.plus(policy.minInterval()));
    }

    /**
     * When the library last changed: the main file's time, or the WAL's when it holds frames (an
     * empty WAL is only a sign that someone opened the file, a non-empty one after a crash holds
     * committed work that is not in the main file yet).
     */
    private static Instant lastChange(Path library) throws IOException {
        Instant main = Files.getLastModifiedTime(library).toInstant();
        Path wal = library.resolveSibling(library.getFileName() + "-wal");
        if (Files.exists(wal) && Files.size(wal) > 0) {
            Instant w = Files.getLastModifiedTime(wal).toInstant();
            return w.isAfter(main) ? w : main;
        }
        return main;
    }

    /** Writes a consistent copy of the open library; {@code schemaBefore} marks a pre-upgrade copy. */
    static Path take(Connection c, Path library, Instant now, OptionalInt schemaBefore)
            throws SQLException, IOException {
        Path dir = folder(library);
        Files.createDirectories(dir);
        String name = library.getFileName() + "." + STAMP.format(now)
                + (schemaBefore.isPresent() ? ".schema" + schemaBefore.getAsInt() : "") + ".bak";
        Path target = dir.resolve(name);
        Path partial = dir.resolve(name + ".partial");
        Files.deleteIfExists(partial);
        try (Statement s = c.createStatement()) {
            s.execute("VACUUM INTO '" + partial.toString().replace("'", "''") + "'");
            move(partial, target);
        } finally {
            Files.deleteIfExists(partial);
        }
        return target;
    }

    /** Deletes the oldest rolling backups beyond {@code keep}; pre-upgrade copies stay. */
    static void prune(Path library, int keep) throws IOException {
        List<Backup> rolling = list(library).stream().filter(Backup::rolling).toList();
        for (Backup old : rolling.subList(Math.min(keep, rolling.size()), rolling.size())) {
            Files.deleteIfExists(old.file());
        }
    }

    static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    static String stamp(Instant at) {
        return STAMP.format(at);
    }
}
