package org.glossa.core.organize;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.glossa.core.GlossaException;

/** Links between annotations (supports / contradicts / related); one link per ordered pair. */
public final class LinkRepository {

    /** Creates or re-kinds the link {@code from -> to}. */
    public void link(Connection c, StoredLink link) throws SQLException {
        link(c, link.fromId(), link.toId(), link.kind(), link.created());
    }

    public void link(Connection c, String from, String to, LinkKind kind, OffsetDateTime at) throws SQLException {
        if (from.equals(to)) {
            throw new GlossaException("An annotation cannot be linked to itself.");
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO annotation_link(from_id, to_id, kind, created)"
                + " VALUES (?,?,?,?) ON CONFLICT(from_id, to_id) DO UPDATE SET kind = excluded.kind")) {
            ps.setString(1, from);
            ps.setString(2, to);
            ps.setString(3, kind.code());
            ps.setString(4, at.toString());
            ps.executeUpdate();
        }
    }

    /** Writes a link exactly as a snapshot holds it (its kind and date as stored text). */
    public void put(Connection c, org.glossa.core.store.AnnotationSnapshot.Link link) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO annotation_link(from_id, to_id, kind, created)"
                + " VALUES (?,?,?,?) ON CONFLICT(from_id, to_id) DO UPDATE SET kind = excluded.kind,"
                + " created = excluded.created")) {
            ps.setString(1, link.fromId());
            ps.setString(2, link.toId());
            ps.setString(3, link.kind());
            ps.setString(4, link.created());
            ps.executeUpdate();
        }
    }

    /** Removes the link between two annotations, in whichever direction it was made. */
    public boolean unlink(Connection c, String a, String b) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM annotation_link"
                + " WHERE (from_id = ? AND to_id = ?) OR (from_id = ? AND to_id = ?)")) {
            ps.setString(1, a);
            ps.setString(2, b);
            ps.setString(3, b);
            ps.setString(4, a);
            return ps.executeUpdate() > 0;
        }
    }

    /** Both directions: links made from this annotation and links pointing at it. */
    public List<AnnotationLink> of(Connection c, String annotationId) throws SQLException {
        List<AnnotationLink> out = new ArrayList<>();
        String sql = "SELECT l.to_id, l.kind, 1, o.document_id, d.title, o.exact, l.created FROM annotation_link l"
                + " JOIN annotation o ON o.id = l.to_id JOIN document d ON d.id = o.document_id WHERE l.from_id = ?"
                + " UNION ALL"
                + " SELECT l.from_id, l.kind, 0, o.document_id, d.title, o.exact, l.created FROM annotation_link l"
                + " JOIN annotation o ON o.id = l.from_id JOIN document d ON d.id = o.document_id WHERE l.to_id = ?"
                + " ORDER BY 7, 1";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, annotationId);
            ps.setString(2, annotationId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new AnnotationLink(annotationId, rs.getString(1), LinkKind.parse(rs.getString(2)),
                            rs.getInt(3) == 1, rs.getLong(4), rs.getString(5), rs.getString(6),
                            OffsetDateTime.parse(rs.getString(7))));
                }
            }
        }
        return out;
    }

    /** Every link touching a document's annotations (kept for undo of a delete). */
    public List<StoredLink> touching(Connection c, long documentId) throws SQLException {
        List<StoredLink> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT from_id, to_id, kind, created FROM annotation_link"
                + " WHERE from_id IN (SELECT id FROM annotation WHERE document_id = ?)"
                + " OR to_id IN (SELECT id FROM annotation WHERE document_id = ?)")) {
            ps.setLong(1, documentId);
            ps.setLong(2, documentId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new StoredLink(rs.getString(1), rs.getString(2), LinkKind.parse(rs.getString(3)),
                            OffsetDateTime.parse(rs.getString(4))));
                }
            }
        }
        return out;
    }
}
