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

    static long ensure(Connection c, String name) throws SQLException {
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
}
