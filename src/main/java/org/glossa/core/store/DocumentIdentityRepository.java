package org.glossa.core.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The stable identity of documents for interchange (schema 2): the {@code uri} a document got
 * when it was first imported, kept across new versions of its text.
 */
public final class DocumentIdentityRepository {

    /** The document's stable uri, if the document exists. */
    public Optional<String> uri(Connection c, long documentId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT uri FROM document WHERE id = ?")) {
            ps.setLong(1, documentId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
            }
        }
    }

    /**
     * The documents another tool may mean by {@code uri}: the stable uri, the source, or the
     * hash URN of the current text (a copy exported after a re-import elsewhere).
     */
    public List<Long> findByUri(Connection c, String uri) throws SQLException {
        String hash = uri.startsWith("urn:sha256:") ? uri.substring("urn:sha256:".length()) : null;
        List<Long> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id FROM document WHERE uri = ? OR source = ? OR content_hash = ? ORDER BY id")) {
            ps.setString(1, uri);
            ps.setString(2, uri);
            ps.setString(3, hash);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
            }
        }
        return out;
    }
}
