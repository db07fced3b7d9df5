package org.glossa.core.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** The original file a web page was imported from, so it can be read again. */
public final class DocumentSourceRepository {
    /** A stored original: its file name and bytes. */
    public record StoredSource(String fileName, byte[] bytes) {
    }

    /** Keeps (or replaces) the original of document {@code id}. */
    public void put(Connection c, long id, String fileName, byte[] bytes) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT OR REPLACE INTO document_source(document_id, file_name, bytes) VALUES (?,?,?)")) {
            ps.setLong(1, id);
            ps.setString(2, fileName == null ? "" : fileName);
            ps.setBytes(3, bytes);
            ps.executeUpdate();
        }
    }

    public Optional<StoredSource> find(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT file_name, bytes FROM document_source WHERE document_id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new StoredSource(rs.getString(1), rs.getBytes(2))) : Optional.empty();
            }
        }
    }

    public void remove(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM document_source WHERE document_id = ?")) {
            ps.setLong(1, id);
            ps.executeUpdate();
        }
    }
}
