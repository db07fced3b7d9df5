package org.glossa.core.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.glossa.core.GlossaException;
import org.sqlite.SQLiteConfig;

/**
 * Looks at a library file through a read-only connection, so that looking can never change it:
 * a damaged file must stay byte for byte as it was, for a later rescue.
 */
public final class LibraryCheck {
    private static final int BUSY_TIMEOUT_MS = 5000;

    private LibraryCheck() {
    }

    /** A read-only connection; SQLite refuses every write through it with SQLITE_READONLY. */
    static Connection readOnlyConnection(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        return DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
    }

    /**
     * The problems {@code PRAGMA integrity_check} (or the faster {@code quick_check}) finds; empty
     * means the file is sound. A file SQLite cannot read at all is reported as one problem.
     */
    public static List<String> problems(Path file, boolean full) {
        if (!Files.isRegularFile(file)) {
            throw new GlossaException("There is no library file at " + file + ".");
        }
        try (Connection c = readOnlyConnection(file); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(full ? "PRAGMA integrity_check" : "PRAGMA quick_check")) {
            List<String> problems = new ArrayList<>();
            while (rs.next()) {
                // a row may hold several lines; "*** in database main ***" only heads the list
                for (String line : String.valueOf(rs.getString(1)).split("\n")) {
                    if (!line.isBlank() && !"ok".equalsIgnoreCase(line.strip()) && !line.startsWith("*** in database")) {
                        problems.add(line.strip());
                    }
                }
            }
            return problems;
        } catch (SQLException e) {
            if (SqliteFailure.of(e).damaged()) {
                return List.of(Database.firstLine(e.getMessage()));
            }
            throw new GlossaException("Cannot read the library " + file + ": " + Database.firstLine(e.getMessage()), e);
        }
    }

    /**
     * Everything an open for writing must know before it touches the file: it passes quick_check,
     * it is a Glossa library (or an empty file), and its schema is not newer than this build's.
     * Returns the schema version.
     */
    static int verifyBeforeWriting(Path file) {
        List<String> problems = problems(file, false);
        if (!problems.isEmpty()) {
            throw new LibraryDamagedException(file, summary(problems), Backups.list(file), null);
        }
        return schemaVersion(file);
    }

    /**
     * What {@link #verifyBeforeWriting} checks but the quick check: a Glossa library (or an empty
     * file) whose schema is not newer than this build's. Returns the schema version.
     */
    static int schemaVersion(Path file) {
        try (Connection c = readOnlyConnection(file); Statement s = c.createStatement()) {
            int version;
            try (ResultSet rs = s.executeQuery("PRAGMA user_version")) {
                version = rs.next() ? rs.getInt(1) : 0;
            }
            if (version < 0) {
                throw new GlossaException(file + " is not a Glossa library (its schema version is " + version
                        + "); choose another file.");
            }
            if (version == 0) {
                try (ResultSet rs = s.executeQuery("SELECT count(*) FROM sqlite_schema")) {
                    if (rs.next() && rs.getInt(1) > 0) {
                        throw new GlossaException(file + " is an SQLite file but not a Glossa library;"
                                + " choose another file.");
                    }
                }
            }
            if (version > Database.latestVersion()) {
                throw new GlossaException("The library " + file + " was written by a newer Glossa (schema "
                        + version + "); update Glossa to open it.");
            }
            return version;
        } catch (SQLException e) {
            if (SqliteFailure.of(e).damaged()) {
                throw new LibraryDamagedException(file, Database.firstLine(e.getMessage()), Backups.list(file), e);
            }
            throw new GlossaException("Cannot read the library " + file + ": " + Database.firstLine(e.getMessage()), e);
        }
    }

    static String summary(List<String> problems) {
        String first = Database.firstLine(problems.get(0));
        return problems.size() == 1 ? first : first + ", and " + (problems.size() - 1) + " more problems";
    }
}
