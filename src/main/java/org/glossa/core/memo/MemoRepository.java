package org.glossa.core.memo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.glossa.core.store.TagRepository;
import org.glossa.core.store.Timestamps;
import org.glossa.model.Memo;
import org.glossa.model.MemoTarget;

/** Memos in the {@code memo} table. All methods run on a connection the caller owns. */
public final class MemoRepository {
    private static final String SELECT = "SELECT m.id, m.target, m.document_id, t.name, m.title, m.body, m.author,"
            + " m.created, m.modified FROM memo m LEFT JOIN tag t ON t.id = m.tag_id";
    private static final String ORDER = " ORDER BY m.target, m.document_id, t.name COLLATE NOCASE, m.created, m.key";

    public void insert(Connection c, Memo memo) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO memo(id, target, document_id, tag_id, title, body,"
                + " author, created, modified) VALUES (?,?,?,?,?,?,?,?,?)")) {
            ps.setString(1, memo.id());
            bindTarget(c, ps, 2, memo.target());
            ps.setString(5, memo.title());
            ps.setString(6, memo.body());
            ps.setString(7, memo.author());
            ps.setString(8, Timestamps.format(memo.created()));
            ps.setString(9, Timestamps.format(memo.modified()));
            ps.executeUpdate();
        }
    }

    void update(Connection c, Memo memo) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE memo SET title = ?, body = ?, modified = ? WHERE id = ?")) {
            ps.setString(1, memo.title());
            ps.setString(2, memo.body());
            ps.setString(3, Timestamps.format(memo.modified()));
            ps.setString(4, memo.id());
            ps.executeUpdate();
        }
    }

    boolean delete(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM memo WHERE id = ?")) {
            ps.setString(1, id);
            return ps.executeUpdate() > 0;
        }
    }

    public Optional<Memo> find(Connection c, String id) throws SQLException {
        List<Memo> found = query(c, SELECT + " WHERE m.id = ?", id);
        return found.stream().findFirst();
    }

    public List<Memo> all(Connection c) throws SQLException {
        return query(c, SELECT + ORDER);
    }

    List<Memo> of(Connection c, MemoTarget target) throws SQLException {
        if (target instanceof MemoTarget.OfDocument d) {
            return query(c, SELECT + " WHERE m.document_id = ?" + ORDER, d.documentId());
        }
        if (target instanceof MemoTarget.OfTag t) {
            return query(c, SELECT + " WHERE t.name = ?" + ORDER, t.tagName());
        }
        return query(c, SELECT + " WHERE m.target = 'library'" + ORDER);
    }

    /** Memos whose title or text match an FTS5 expression, best first. */
    List<Memo> matching(Connection c, String ftsMatch, int limit) throws SQLException {
        return query(c, SELECT + " JOIN memo_fts f ON f.rowid = m.key WHERE memo_fts MATCH ?"
                + " ORDER BY bm25(memo_fts, 2.0, 1.0) LIMIT ?", ftsMatch, limit);
    }

    private static void bindTarget(Connection c, PreparedStatement ps, int at, MemoTarget target) throws SQLException {
        ps.setObject(at + 1, null);
        ps.setObject(at + 2, null);
        if (target instanceof MemoTarget.OfDocument d) {
            ps.setString(at, "document");
            ps.setLong(at + 1, d.documentId());
        } else if (target instanceof MemoTarget.OfTag t) {
            ps.setString(at, "tag");
            ps.setLong(at + 2, TagRepository.ensure(c, t.tagName()));
        } else {
            ps.setString(at, "library");
        }
    }

    private static List<Memo> query(Connection c, String sql, Object... args) throws SQLException {
        List<Memo> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Memo(rs.getString(1), target(rs), rs.getString(5), rs.getString(6), rs.getString(7),
                            Timestamps.parse(rs.getString(8)), Timestamps.parse(rs.getString(9))));
                }
            }
        }
        return out;
    }

    private static MemoTarget target(ResultSet rs) throws SQLException {
        return switch (rs.getString(2)) {
            case "document" -> MemoTarget.document(rs.getLong(3));
            case "tag" -> MemoTarget.tag(rs.getString(4));
            default -> MemoTarget.project();
        };
    }
}
