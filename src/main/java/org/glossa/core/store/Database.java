package org.glossa.core.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
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
    private boolean created;

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
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new GlossaException("Cannot create the folder for " + file + ": " + e.getMessage(), e);
        }
        boolean existed = Files.exists(file);
        if (existed && !Files.isRegularFile(file)) {
            throw new GlossaException(file + " is not a library file.");
        }
        if (existed && !looksLikeSqlite(file)) {
            throw new GlossaException("The file " + file + " is not a Glossa library (not an SQLite database);"
                    + " it was not changed.");
        }
        Connection c;
        try {
            c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
        } catch (SQLException e) {
            throw new GlossaException("Cannot open the library " + file + ": " + e.getMessage(), e);
        }
        Database db = new Database(file, c);
        try {
            db.configure(existed);
            db.migrate(existed);
            return db;
        } catch (SQLException e) {
            db.close();
            throw new GlossaException("Cannot open the library " + file + " (" + firstLine(e.getMessage())
                    + "). Is it a Glossa library?", e);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
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

    private void configure(boolean existed) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("PRAGMA busy_timeout = " + BUSY_TIMEOUT_MS);
            if (existed) {
                try (ResultSet rs = s.executeQuery("PRAGMA quick_check")) {
                    String result = rs.next() ? rs.getString(1) : "no answer";
                    if (!"ok".equalsIgnoreCase(result)) {
                        throw new GlossaException("The library " + file + " is damaged (" + result
                                + "); it was not changed. Restore it from a backup.");
                    }
                }
                refuseForeignDatabase(s);
            }
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
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }

    private void backupBeforeMigration(int version) throws SQLException {
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path copy = file.resolveSibling(file.getFileName() + ".schema" + version + "-" + stamp + ".bak");
        try (Statement s = connection.createStatement()) {
            s.execute("VACUUM INTO '" + copy.toAbsolutePath().toString().replace("'", "''") + "'");
        }
    }

    public int userVersion() throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static String migrationName(int version) {
        return MIGRATIONS + String.format("%03d.sql", version);
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

    /** Runs {@code work} in one transaction: all of it is committed, or none of it. */
    public <T> T inTransaction(SqlWork<T> work) {
        try {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new GlossaException("The library could not be written: " + firstLine(e.getMessage()), e);
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
