package org.glossa.core.store;

import java.nio.file.Path;
import java.sql.SQLException;
import org.glossa.core.GlossaException;
import org.sqlite.SQLiteException;

/**
 * Turns SQLite's result codes into the one-line messages users see. The codes, not the message
 * texts, decide: a full disk, a read-only file and a damaged file each need a different action.
 */
public enum SqliteFailure {
    CORRUPT, NOT_A_DATABASE, DISK_FULL, READ_ONLY, OTHER;

    // base result codes from sqlite3.h; extended codes keep them in the low byte
    private static final int SQLITE_READONLY = 8;
    private static final int SQLITE_IOERR = 10;
    private static final int SQLITE_CORRUPT = 11;
    private static final int SQLITE_FULL = 13;
    private static final int SQLITE_NOTADB = 26;

    public static SqliteFailure of(SQLException e) {
        int code = e instanceof SQLiteException s ? s.getResultCode().code : e.getErrorCode();
        return switch (code & 0xff) {
            case SQLITE_CORRUPT -> CORRUPT;
            case SQLITE_NOTADB -> NOT_A_DATABASE;
            case SQLITE_FULL -> DISK_FULL;
            case SQLITE_READONLY -> READ_ONLY;
            // SQLite reports ENOSPC during a checkpoint or sync as an I/O error with this text
            case SQLITE_IOERR -> String.valueOf(e.getMessage()).contains("disk is full") ? DISK_FULL : OTHER;
            default -> OTHER;
        };
    }

    /** True when the file itself is damaged (or not a database at all). */
    public boolean damaged() {
        return this == CORRUPT || this == NOT_A_DATABASE;
    }

    /** The user's message for a write that failed; the transaction was rolled back. */
    static GlossaException writeFailed(Path file, SQLException e) {
        return switch (of(e)) {
            case DISK_FULL -> new GlossaException("The disk is full, so the last change was not saved (earlier work"
                    + " is safe); free some space on the disk that holds " + file + " and try again.", e);
            case READ_ONLY -> readOnly(file, e);
            case CORRUPT, NOT_A_DATABASE -> new GlossaException("The library " + file + " turned out to be damaged"
                    + " while saving; close Glossa and run 'glossa check'.", e);
            case OTHER -> new GlossaException("The library could not be written: "
                    + Database.firstLine(e.getMessage()), e);
        };
    }

    static GlossaException readOnly(Path file, Throwable cause) {
        return new GlossaException("The library " + file + " is read-only, so nothing can be saved; make the file"
                + " and its folder writable, or use a read-only command such as 'glossa list'.", cause);
    }
}
