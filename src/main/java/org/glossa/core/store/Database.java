package org.glossa.core.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.glossa.core.GlossaException;

/**
 * One SQLite library file: connection with the pragmas Glossa relies on (WAL, synchronous=FULL,
 * foreign keys, busy timeout) and schema migrations by {@code PRAGMA user_version}, each applied
 * in one transaction after a copy of the file has been taken.
 */
public final class Database implements AutoCloseable {
    private static final String MIGRATIONS = "/db/migrations/";
    private static final int BUSY_TIMEOUT_MS = 5000;
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private final Path file;
    private final Connection connection;
    private final List<SqlWork<?>> beforeCommit = new ArrayList<>();
    /** The file's identity (device and inode on Unix) when it was opened for writing; null if unknown. */
    private Object identity;
    private boolean created;
    /**
     * The quick check of an open whose check runs behind it ({@link #openCheckingInBackground}):
     * the problems found, empty when the file is sound; null when the open checked first.
     */
    private volatile CompletableFuture<List<String>> soundness;
    /**
     * Completed when the check behind the open may start: it reads the whole file, so the window
     * starts it once its first frame is painted ({@link #beginCheck}) instead of sharing the
     * machine with it while it builds that frame; the first write starts it too.
     */
    private final CompletableFuture<Boolean> checkMayStart = new CompletableFuture<>();
    /** How long after the open the check behind it starts when nothing started it earlier. */
    static final long CHECK_STARTS_AT_THE_LATEST_MS = 2000;

    private Database(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /** True when this open created the library (it had no schema before). */
    public boolean wasCreated() {
        return created;
    }

    /** Opens (creating if needed) the library file and brings its schema up to date. */
    public static Database open(Path file) {
        return open(file, BackupPolicy.DEFAULT);
    }

    /**
     * Opens for writing. An existing file is first checked through a read-only connection (see
     * {@link LibraryCheck}): a damaged, foreign or too-new file is refused before anything could
     * write to it. Then a rolling backup is taken when {@code backups} says it is due.
     */
    public static Database open(Path file, BackupPolicy backups) {
        return open(file, backups, -1);
    }

    /**
     * Opens for writing at once and checks the file behind the open, for a window that should
     * show a large library without waiting a second or more for {@code PRAGMA quick_check}.
     * Reads start at once; the first write waits for the check and is refused, with
     * {@link LibraryDamagedException}, when it found damage, so a damaged file is still never
     * written. The rolling backup, when due, is taken after the check passed (a damaged copy must
     * never push a good one out of the rotation). A file that needs an upgrade is checked first,
     * as {@link #open(Path)} does, because upgrading writes.
     */
    public static Database openCheckingInBackground(Path file) {
        return openCheckingInBackground(file, CHECK_STARTS_AT_THE_LATEST_MS);
    }

    /** As {@link #openCheckingInBackground(Path)}, the check starting by itself {@code latestStartMs} after the open. */
    static Database openCheckingInBackground(Path file, long latestStartMs) {
        return open(file, BackupPolicy.DEFAULT, latestStartMs);
    }

    /** {@code checkBehindAfterMs}: negative to check before the open, else when the check behind it starts at the latest. */
    private static Database open(Path file, BackupPolicy backups, long checkBehindAfterMs) {
        boolean checkBehind = checkBehindAfterMs >= 0;
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new GlossaException("Cannot create the folder for " + file + ": " + e.getMessage(), e);
        }
        boolean existed = Files.exists(file);
        if (!existed) {
            List<Backup> saved = Backups.list(file);
            if (!saved.isEmpty()) {
                throw LibraryDamagedException.missing(file, saved);
            }
        }
        if (existed && !Files.isRegularFile(file)) {
            throw new GlossaException(file + " is not a library file.");
        }
        if (existed && !looksLikeSqlite(file)) {
            List<Backup> saved = Backups.list(file);
            if (!saved.isEmpty()) {
                // it was a library once (it has backups): treat it as damaged and offer them
                throw new LibraryDamagedException(file, "not an SQLite database any more", saved, null);
            }
            throw new GlossaException("The file " + file + " is not a Glossa library (not an SQLite database);"
                    + " it was not changed.");
        }
        boolean behind = checkBehind && existed && LibraryCheck.schemaVersion(file) == latestVersion();
        int version = !existed ? 0 : behind ? latestVersion() : LibraryCheck.verifyBeforeWriting(file);
        if (existed) {
            requireWritable(file);
        }
        Connection c;
        try {
            c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
        } catch (SQLException e) {
            throw new GlossaException("Cannot open the library " + file + ": " + e.getMessage(), e);
        }
        Database db = new Database(file, c);
        try {
            db.configure();
            if (behind) {
                db.soundness = db.checkMayStart.thenApplyAsync(go -> go ? checkThenBackUp(file, backups) : List.<String>of(),
                        command -> {
                            Thread t = new Thread(command, "glossa-library-check");
                            t.setDaemon(true);
                            t.start();
                        });
                // whatever happens in the window, the check starts soon
                CompletableFuture.delayedExecutor(checkBehindAfterMs, TimeUnit.MILLISECONDS)
                        .execute(db::beginCheck);
            } else if (version > 0) {
                Backups.takeIfDue(c, file, backups);
            }
            db.migrate(existed);
            db.identity = identity(file);
            return db;
        } catch (SQLException e) {
            db.close();
            throw db.openFailed(e);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /** The quick check on a connection of its own, then the rolling backup if the file is sound and one is due. */
    private static List<String> checkThenBackUp(Path file, BackupPolicy backups) {
        List<String> problems;
        try {
            problems = LibraryCheck.problems(file, false);
        } catch (GlossaException e) {
            problems = List.of(e.getMessage());
        }
        if (problems.isEmpty()) {
            try (Connection c = LibraryCheck.readOnlyConnection(file)) {
                Backups.takeIfDue(c, file, backups);
            } catch (SQLException e) {
                java.util.logging.Logger.getLogger(Database.class.getName()).warning(
                        "No automatic backup of " + file + " this time: " + firstLine(e.getMessage()));
            }
        }
        return problems;
    }

    /**
     * When the check of an open that checked behind itself is done: the problems it found, empty
     * when the file is sound (at once for an open that checked first).
     */
    public CompletionStage<List<String>> checked() {
        CompletableFuture<List<String>> s = soundness;
        return s == null ? CompletableFuture.completedFuture(List.of()) : s.copy();
    }

    /**
     * Waits for the check behind the open and throws {@link LibraryDamagedException} when it found
     * damage; returns at once for an open that checked first. Every write calls it, so a file found
     * damaged is never written.
     */
    public void requireSound() {
        CompletableFuture<List<String>> s = soundness;
        if (s == null) {
            return;
        }
        beginCheck();
        List<String> problems = s.join();
        if (!problems.isEmpty()) {
            throw new LibraryDamagedException(file, LibraryCheck.summary(problems), Backups.list(file), null);
        }
        soundness = null;
    }

    /**
     * Starts the check behind the open now, if it has not started (an open that checked first has
     * none): the window calls it once its first frame is on screen.
     */
    public void beginCheck() {
        checkMayStart.complete(true);
    }

    /** An empty file or one with the SQLite header; SQLite itself would overwrite a very short file. */
    private static boolean looksLikeSqlite(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(SQLITE_HEADER.length);
            return head.length == 0 || java.util.Arrays.equals(head, SQLITE_HEADER);
        } catch (IOException e) {
            throw new GlossaException("Cannot read the library " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * SQLite needs to write the file, its folder (for the WAL) and the WAL and shared-memory files
     * if they exist. The last two are easy to miss: SQLite creates them with the file's mode, so a
     * library that was read-only once keeps a read-only -shm after the file is made writable again.
     */
    private static void requireWritable(Path file) {
        Path absolute = file.toAbsolutePath();
        List<Path> needed = new ArrayList<>(List.of(absolute, absolute.getParent()));
        for (String suffix : List.of("-wal", "-shm")) {
            Path companion = absolute.resolveSibling(absolute.getFileName() + suffix);
            if (Files.exists(companion)) {
                needed.add(companion);
            }
        }
        List<Path> readOnly = needed.stream().filter(p -> !Files.isWritable(p)).toList();
        if (!readOnly.isEmpty()) {
            throw new GlossaException("The library " + file + " is read-only, so nothing can be saved; make "
                    + readOnly.stream().map(Path::toString).collect(Collectors.joining(" and "))
                    + " writable, or use a read-only command such as 'glossa list'.");
        }
    }

    /**
     * Opens an existing library for reading only, without the writer's lock: SQLite's WAL lets
     * this run beside a window that is writing. Every write through it fails as read-only.
     */
    public static Database openReadOnly(Path file) {
        int version = LibraryCheck.verifyBeforeWriting(file);
        if (version < latestVersion()) {
            throw new GlossaException("The library " + file + " was made by an older Glossa; open it once in the"
                    + " window (or with a command that changes it) to upgrade it.");
        }
        try {
            return new Database(file, LibraryCheck.readOnlyConnection(file));
        } catch (SQLException e) {
            throw new GlossaException("Cannot open the library " + file + ": " + firstLine(e.getMessage()), e);
        }
    }

    /** True when {@link #openReadOnly} cannot serve this file: it is missing or needs an upgrade. */
    public static boolean needsWriterToOpen(Path file) {
        if (!Files.isRegularFile(file)) {
            return true;
        }
        try (Connection c = LibraryCheck.readOnlyConnection(file); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("PRAGMA user_version")) {
            return rs.next() && rs.getInt(1) < latestVersion();
        } catch (SQLException e) {
            return false; // openReadOnly reports what is wrong with the file
        }
    }

    private GlossaException openFailed(SQLException e) {
        SqliteFailure failure = SqliteFailure.of(e);
        if (failure.damaged()) {
            return new LibraryDamagedException(file, firstLine(e.getMessage()), Backups.list(file), e);
        }
        if (failure == SqliteFailure.READ_ONLY || failure == SqliteFailure.DISK_FULL) {
            return SqliteFailure.writeFailed(file, e);
        }
        return new GlossaException("Cannot open the library " + file + " (" + firstLine(e.getMessage())
                + "). Is it a Glossa library?", e);
    }

    private void configure() throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("PRAGMA busy_timeout = " + BUSY_TIMEOUT_MS);
            s.execute("PRAGMA journal_mode = WAL");
            s.execute("PRAGMA synchronous = FULL");
            s.execute("PRAGMA foreign_keys = ON");
        }
    }

    /** A database with tables but no Glossa schema version belongs to another program: leave it alone. */
    private void refuseForeignDatabase(Statement s) throws SQLException {
        if (userVersion() > 0) {
            return;
        }
        try (ResultSet rs = s.executeQuery("SELECT count(*) FROM sqlite_master")) {
            if (rs.next() && rs.getInt(1) > 0) {
                throw new GlossaException("The file " + file + " is an SQLite database but not a Glossa library;"
                        + " it was not changed.");
            }
        }
    }

    /** The schema version this build of Glossa writes. */
    public static int latestVersion() {
        int v = 0;
        while (Database.class.getResource(migrationName(v + 1)) != null) {
            v++;
        }
        return v;
    }

    private void migrate(boolean existed) throws SQLException {
        int current = userVersion();
        int latest = latestVersion();
        created = current == 0;
        if (current > latest) {
            throw new GlossaException("The library " + file + " was written by a newer Glossa (schema "
                    + current + "); update Glossa to open it.");
        }
        if (current == latest) {
            return;
        }
        if (existed && current > 0) {
            backupBeforeMigration(current);
        }
        for (int v = current + 1; v <= latest; v++) {
            String sql = readMigration(v);
            connection.setAutoCommit(false);
            try (Statement s = connection.createStatement()) {
                for (String statement : SqlScript.split(sql)) {
                    s.execute(statement);
                }
                s.execute("PRAGMA user_version = " + v);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                rollbackAfter(e);
                throw e;
            }
            connection.setAutoCommit(true);
        }
    }

    private void backupBeforeMigration(int version) throws SQLException {
        try {
            Backups.take(connection, file, Instant.now(), OptionalInt.of(version));
        } catch (IOException e) {
            throw new GlossaException("No copy could be taken before upgrading " + file + " (" + e.getMessage()
                    + "), so it was not upgraded; free some disk space and try again.", e);
        }
    }

    public int userVersion() throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static String migrationName(int version) {
        return MIGRATIONS + String.format(Locale.ROOT, "%03d.sql", version);
    }

    private static String readMigration(int version) {
        try (InputStream in = Database.class.getResourceAsStream(migrationName(version))) {
            if (in == null) {
                throw new IllegalStateException("missing migration " + version);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read migration " + version, e);
        }
    }

    /**
     * Work that every later transaction does last, before it commits, so that what it keeps
     * (the search index, say) is part of the same commit as the change it follows.
     */
    public void beforeEveryCommit(SqlWork<?> work) {
        beforeCommit.add(work);
    }

    /** Runs {@code work} in one transaction: all of it is committed, or none of it. */
    public <T> T inTransaction(SqlWork<T> work) {
        requireSound();
        try {
            connection.setAutoCommit(false);
            T result;
            try {
                result = work.run(connection);
                for (SqlWork<?> last : beforeCommit) {
                    last.run(connection);
                }
                requireSameFile();
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                rollbackAfter(e);
                throw e;
            }
            connection.setAutoCommit(true);
            return result;
        } catch (SQLException e) {
            throw SqliteFailure.writeFailed(file, e);
        }
    }

    /**
     * Rolls back after a failure without hiding it: after SQLITE_FULL or an I/O error SQLite has
     * often rolled back already, and a second error from rollback() would replace the real one.
     */
    private void rollbackAfter(Exception failure) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
        try {
            connection.setAutoCommit(true); // sqlite-jdbc turns it on even when its COMMIT finds no transaction
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    /**
     * The file's identity as the file system tells it: device and inode on Unix; null where the
     * file system has none (then nothing can be compared) or the file is not there.
     */
    private static Object identity(Path file) {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class).fileKey();
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * Refuses to commit when the library file was deleted, moved away or replaced by another file
     * since it was opened: SQLite would go on writing into the file it has open, which nobody will
     * ever open again, and report success.
     */
    private void requireSameFile() {
        if (identity == null) {
            return;
        }
        if (!Files.exists(file)) {
            throw new GlossaException("The library file " + file + " was deleted or moved away while Glossa had it"
                    + " open, so this change was not saved; close Glossa, then see 'glossa backups' and 'glossa restore'.");
        }
        if (!identity.equals(identity(file))) {
            throw new GlossaException("The library file " + file + " was replaced by another file while Glossa had it"
                    + " open, so this change was not saved; close Glossa and open the library again.");
        }
    }

    /** Runs a read outside any explicit transaction. */
    public <T> T read(SqlWork<T> work) {
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw new GlossaException("The library could not be read: " + firstLine(e.getMessage()), e);
        }
    }

    public Path file() {
        return file;
    }

    @Override
    public void close() {
        // a check that has not started has nothing left to protect: no write can come any more
        checkMayStart.complete(false);
        try {
            connection.close();
        } catch (SQLException ignored) {
            // closing a connection that failed is not worth a second error
        }
    }

    static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    /** Work against the connection that may throw {@link SQLException}. */
    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }
}
