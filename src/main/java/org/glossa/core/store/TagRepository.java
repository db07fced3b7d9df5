package org.glossa.core.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Tags are unique by name, ignoring case; the first spelling used is kept. */
public final class TagRepository {
    /** A tag's name and how many annotations carry it. */
    public record TagCount(String name, String color, int count) {
    }

    /** The id of the tag named {@code name}, made when there is none. */
    public static long ensure(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT OR IGNORE INTO tag(name) VALUES (?)")) {
            ps.setString(1, name);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM tag WHERE name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    public List<TagCount> counts(Connection c) throws SQLException {
        List<TagCount> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT t.name, t.color, count(at.annotation_id) FROM tag t"
                + " LEFT JOIN annotation_tag at ON at.tag_id = t.id GROUP BY t.id ORDER BY t.name COLLATE NOCASE");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new TagCount(rs.getString(1), rs.getString(2), rs.getInt(3)));
            }
        }
        return out;
    }

    /** Every tag's name with the ids of the annotations carrying it (none for an unused tag), by name. */
    public java.util.Map<String, java.util.Set<String>> annotationsByTag(Connection c) throws SQLException {
        java.util.Map<String, java.util.Set<String>> out = new java.util.LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT t.name, at.annotation_id FROM tag t"
                + " LEFT JOIN annotation_tag at ON at.tag_id = t.id ORDER BY t.name COLLATE NOCASE");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                java.util.Set<String> ids = out.computeIfAbsent(rs.getString(1), k -> new java.util.HashSet<>());
                String id = rs.getString(2);
                if (id != null) {
                    ids.add(id);
                }
            }
        }
        return out;
    }

    /** Renames {@code from} (and its children {@code from/...}) to {@code to}, merging where names meet. */
    public void rename(Connection c, String from, String to) throws SQLException {
        List<String[]> moves = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT name FROM tag WHERE name = ? COLLATE NOCASE OR lower(name) LIKE lower(?) ESCAPE '\\'")) {
            ps.setString(1, from);
            ps.setString(2, from.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "/%");
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String name = rs.getString(1);
                    moves.add(new String[] {name, to + name.substring(from.length())});
                }
            }
        }
        if (moves.isEmpty()) {
            throw new org.glossa.core.GlossaException("There is no tag named '" + from + "'.");
        }
        for (String[] m : moves) {
            long oldId = idOf(c, m[0]);
            if (m[0].equalsIgnoreCase(m[1])) {
                try (PreparedStatement ps = c.prepareStatement("UPDATE tag SET name = ? WHERE id = ?")) {
                    ps.setString(1, m[1]);
                    ps.setLong(2, oldId);
                    ps.executeUpdate();
                }
                continue;
            }
            long newId = ensure(c, m[1]);
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT OR IGNORE INTO annotation_tag(annotation_id, tag_id, position)"
                            + " SELECT annotation_id, ?, position FROM annotation_tag WHERE tag_id = ?")) {
                ps.setLong(1, newId);
                ps.setLong(2, oldId);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE memo SET tag_id = ? WHERE tag_id = ?")) {
                ps.setLong(1, newId);
                ps.setLong(2, oldId);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM tag WHERE id = ?")) {
                ps.setLong(1, oldId);
                ps.executeUpdate();
            }
        }
    }

    public void delete(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM tag WHERE name = ?")) {
            ps.setString(1, name);
            if (ps.executeUpdate() == 0) {
                throw new org.glossa.core.GlossaException("There is no tag named '" + name + "'.");
            }
        }
    }

    public void setColor(Connection c, String name, String color) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE tag SET color = ? WHERE name = ?")) {
            ps.setString(1, color);
            ps.setString(2, name);
            if (ps.executeUpdate() == 0) {
                throw new org.glossa.core.GlossaException("There is no tag named '" + name + "'.");
            }
        }
    }

    private static long idOf(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM tag WHERE name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
