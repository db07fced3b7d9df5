package org.glossa.core.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.glossa.model.AnchorStatus;
import org.glossa.model.Annotation;
import org.glossa.model.Motivation;
import org.glossa.model.TextQuote;

/** Annotations and their tags. All methods run on a connection the caller owns. */
public final class AnnotationRepository {
    private static final String COLUMNS = "id, document_id, start_pos, end_pos, exact, prefix, suffix, color, note,"
            + " author, created, modified, status, motivation";

    public void insert(Connection c, Annotation a) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO annotation(" + COLUMNS
                + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            ps.setString(1, a.id());
            ps.setLong(2, a.documentId());
            bindBody(ps, 3, a);
            ps.executeUpdate();
        }
        writeTags(c, a.id(), a.tags());
    }

    /** Writes every field of an existing annotation; false when it does not exist. */
    public boolean update(Connection c, Annotation a) throws SQLException {
        int n;
        try (PreparedStatement ps = c.prepareStatement("UPDATE annotation SET start_pos=?, end_pos=?, exact=?, prefix=?,"
                + " suffix=?, color=?, note=?, author=?, created=?, modified=?, status=?, motivation=? WHERE id=?")) {
            bindBody(ps, 1, a);
            ps.setString(13, a.id());
            n = ps.executeUpdate();
        }
        if (n > 0) {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM annotation_tag WHERE annotation_id = ?")) {
                ps.setString(1, a.id());
                ps.executeUpdate();
            }
            writeTags(c, a.id(), a.tags());
        }
        return n > 0;
    }

    private static void bindBody(PreparedStatement ps, int from, Annotation a) throws SQLException {
        ps.setInt(from, a.start());
        ps.setInt(from + 1, a.end());
        ps.setString(from + 2, a.quote().exact());
        ps.setString(from + 3, a.quote().prefix());
        ps.setString(from + 4, a.quote().suffix());
        ps.setString(from + 5, a.color());
        ps.setString(from + 6, a.note());
        ps.setString(from + 7, a.author());
        ps.setString(from + 8, Timestamps.format(a.created()));
        ps.setString(from + 9, Timestamps.format(a.modified()));
        ps.setString(from + 10, a.status().code());
        ps.setString(from + 11, a.motivation().code());
    }

    public boolean delete(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM annotation WHERE id = ?")) {
            ps.setString(1, id);
            return ps.executeUpdate() > 0;
        }
    }

    public Optional<Annotation> find(Connection c, String id) throws SQLException {
        List<Annotation> found = query(c, "SELECT " + COLUMNS + " FROM annotation WHERE id = ?", id);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** A document's annotations in reading order. */
    public List<Annotation> forDocument(Connection c, long documentId) throws SQLException {
        return query(c, "SELECT " + COLUMNS + " FROM annotation WHERE document_id = ? ORDER BY start_pos, end_pos, created",
                documentId);
    }

    public List<Annotation> all(Connection c) throws SQLException {
        return query(c, "SELECT " + COLUMNS + " FROM annotation ORDER BY document_id, start_pos, end_pos, created");
    }

    private List<Annotation> query(Connection c, String sql, Object... args) throws SQLException {
        Map<String, Annotation> byId = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Annotation a = new Annotation(rs.getString(1), rs.getLong(2), rs.getInt(3), rs.getInt(4),
                            new TextQuote(rs.getString(5), rs.getString(6), rs.getString(7)), rs.getString(8),
                            rs.getString(9), List.of(), rs.getString(10), Timestamps.parse(rs.getString(11)),
                            Timestamps.parse(rs.getString(12)), AnchorStatus.parse(rs.getString(13)),
                            Motivation.parse(rs.getString(14)));
                    byId.put(a.id(), a);
                }
            }
        }
        if (byId.isEmpty()) {
            return List.of();
        }
        Map<String, List<String>> tags = tagsOf(c, byId.keySet());
        List<Annotation> out = new ArrayList<>(byId.size());
        for (Annotation a : byId.values()) {
            List<String> t = tags.get(a.id());
            out.add(t == null ? a : a.withTags(t, a.modified()));
        }
        return out;
    }

    private Map<String, List<String>> tagsOf(Connection c, java.util.Collection<String> ids) throws SQLException {
        Map<String, List<String>> out = new java.util.HashMap<>();
        String sql = ids.size() == 1
                ? "SELECT at.annotation_id, t.name FROM annotation_tag at JOIN tag t ON t.id = at.tag_id"
                  + " WHERE at.annotation_id = ? ORDER BY at.position"
                : "SELECT at.annotation_id, t.name FROM annotation_tag at JOIN tag t ON t.id = at.tag_id"
                  + " ORDER BY at.annotation_id, at.position";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (ids.size() == 1) {
                ps.setString(1, ids.iterator().next());
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (ids.contains(rs.getString(1))) {
                        out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                    }
                }
            }
        }
        return out;
    }

    private void writeTags(Connection c, String annotationId, List<String> tags) throws SQLException {
        int position = 0;
        for (String name : tags) {
            long tagId = TagRepository.ensure(c, name);
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT OR IGNORE INTO annotation_tag(annotation_id, tag_id, position) VALUES (?,?,?)")) {
                ps.setString(1, annotationId);
                ps.setLong(2, tagId);
                ps.setInt(3, position++);
                ps.executeUpdate();
            }
        }
    }
}
