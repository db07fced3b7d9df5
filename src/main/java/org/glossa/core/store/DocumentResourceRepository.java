package org.glossa.core.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.glossa.model.DocumentResource;

/** The pictures (and other files) a document shows besides its text. */
public final class DocumentResourceRepository {
    public void putAll(Connection c, long id, List<DocumentResource> resources) throws SQLException {
        if (resources.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT OR REPLACE INTO document_resource(document_id, name, media_type, bytes) VALUES (?,?,?,?)")) {
            for (DocumentResource r : resources) {
                ps.setLong(1, id);
                ps.setString(2, r.name());
                ps.setString(3, r.mediaType());
                ps.setBytes(4, r.bytes());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Every resource of document {@code id}, by name. */
    public List<DocumentResource> forDocument(Connection c, long id) throws SQLException {
        List<DocumentResource> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT name, media_type, bytes FROM document_resource WHERE document_id = ? ORDER BY name")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new DocumentResource(rs.getString(1), rs.getString(2), rs.getBytes(3)));
                }
            }
        }
        return out;
    }
}
