package org.glossa.core.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.glossa.model.Block;
import org.glossa.model.BlockKind;
import org.glossa.model.DocumentContent;
import org.glossa.model.DocumentInfo;
import org.glossa.model.ImportedDocument;
import org.glossa.model.Mark;
import org.glossa.model.MarkKind;
import org.glossa.model.TextDirection;

/** Documents, their blocks and marks. All methods run on a connection the caller owns. */
public final class DocumentRepository {
    private static final String INFO_COLUMNS = "d.id, d.title, d.author, d.source, d.format, d.language, "
            + "d.direction, d.content_hash, d.added, "
            + "(SELECT count(*) FROM annotation a WHERE a.document_id = d.id) AS annotations";

    public long insert(Connection c, ImportedDocument doc, String contentHash, OffsetDateTime added)
            throws SQLException {
        long id;
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO document(title, author, source, format, language, direction, content_hash, text, metadata, added)"
                        + " VALUES (?,?,?,?,?,?,?,?,?,?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, doc.title());
            ps.setString(2, doc.author());
            ps.setString(3, doc.source());
            ps.setString(4, doc.format());
            ps.setString(5, doc.language());
            ps.setString(6, doc.direction().code());
            ps.setString(7, contentHash);
            ps.setString(8, doc.content().text());
            ps.setString(9, MetadataCodec.encode(doc.metadata()));
            ps.setString(10, Timestamps.format(added));
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        writeStructure(c, id, doc.content());
        return id;
    }

    /** Replaces the text and structure of a document, keeping its identity. */
    public void replaceContent(Connection c, long id, ImportedDocument doc, String contentHash) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE document SET text = ?, content_hash = ?, language = coalesce(?, language), direction = ?,"
                        + " metadata = ? WHERE id = ?")) {
            ps.setString(1, doc.content().text());
            ps.setString(2, contentHash);
            ps.setString(3, doc.language());
            ps.setString(4, doc.direction().code());
            ps.setString(5, MetadataCodec.encode(doc.metadata()));
            ps.setLong(6, id);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM block WHERE document_id = ?")) {
            ps.setLong(1, id);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM mark WHERE document_id = ?")) {
            ps.setLong(1, id);
            ps.executeUpdate();
        }
        writeStructure(c, id, doc.content());
    }

    private void writeStructure(Connection c, long id, DocumentContent content) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO block(document_id, seq, kind, start_pos, end_pos, level) VALUES (?,?,?,?,?,?)")) {
            int seq = 0;
            for (Block b : content.blocks()) {
                ps.setLong(1, id);
                ps.setInt(2, seq++);
                ps.setString(3, b.kind().name());
                ps.setInt(4, b.start());
                ps.setInt(5, b.end());
                ps.setInt(6, b.level());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO mark(document_id, seq, kind, start_pos, end_pos, href) VALUES (?,?,?,?,?,?)")) {
            int seq = 0;
            for (Mark m : content.marks()) {
                ps.setLong(1, id);
                ps.setInt(2, seq++);
                ps.setString(3, m.kind().name());
                ps.setInt(4, m.start());
                ps.setInt(5, m.end());
                ps.setString(6, m.href());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    public List<DocumentInfo> list(Connection c) throws SQLException {
        List<DocumentInfo> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + INFO_COLUMNS + " FROM document d ORDER BY d.id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(info(rs));
            }
        }
        return out;
    }

    public Optional<DocumentInfo> find(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + INFO_COLUMNS + " FROM document d WHERE d.id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(info(rs)) : Optional.empty();
            }
        }
    }

    public Optional<DocumentInfo> findByHash(Connection c, String hash) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + INFO_COLUMNS + " FROM document d WHERE d.content_hash = ?")) {
            ps.setString(1, hash);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(info(rs)) : Optional.empty();
            }
        }
    }

    /** The hash of a document's text, which changes whenever the text does; empty if there is no such document. */
    public java.util.Optional<String> contentHash(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT content_hash FROM document WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? java.util.Optional.ofNullable(rs.getString(1)) : java.util.Optional.empty();
            }
        }
    }

    /** Only the text of a document (cheaper than {@link #content} when structure is not needed). */
    public String text(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT text FROM document WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("no document " + id);
                }
                return rs.getString(1);
            }
        }
    }

    public DocumentContent content(Connection c, long id) throws SQLException {
        String text;
        try (PreparedStatement ps = c.prepareStatement("SELECT text FROM document WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("no document " + id);
                }
                text = rs.getString(1);
            }
        }
        List<Block> blocks = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT kind, start_pos, end_pos, level FROM block WHERE document_id = ? ORDER BY seq")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    blocks.add(new Block(BlockKind.valueOf(rs.getString(1)), rs.getInt(2), rs.getInt(3), rs.getInt(4)));
                }
            }
        }
        List<Mark> marks = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT kind, start_pos, end_pos, href FROM mark WHERE document_id = ? ORDER BY seq")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    marks.add(new Mark(MarkKind.valueOf(rs.getString(1)), rs.getInt(2), rs.getInt(3), rs.getString(4)));
                }
            }
        }
        return new DocumentContent(text, blocks, marks);
    }

    public java.util.Map<String, String> metadata(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT metadata FROM document WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? MetadataCodec.decode(rs.getString(1)) : java.util.Map.of();
            }
        }
    }

    public boolean delete(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM document WHERE id = ?")) {
            ps.setLong(1, id);
            return ps.executeUpdate() > 0;
        }
    }

    public void markRead(Connection c, long id, OffsetDateTime at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE document SET last_read = ? WHERE id = ?")) {
            ps.setString(1, Timestamps.format(at));
            ps.setLong(2, id);
            ps.executeUpdate();
        }
    }

    private static DocumentInfo info(ResultSet rs) throws SQLException {
        return new DocumentInfo(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), TextDirection.parse(rs.getString(7)), rs.getString(8),
                Timestamps.parse(rs.getString(9)), rs.getInt(10));
    }
}
