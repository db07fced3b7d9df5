package org.glossa.core.qda;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.glossa.core.store.SettingRepository;

/**
 * What a REFI-QDA code has beyond a Glossa tag: its exact colour ({@code #RRGGBB}; the tag
 * itself takes the nearest palette colour), whether it may be applied ({@code isCodable}) and
 * the GUID other tools know it by. Kept in the library's settings under the tag's name (in lower
 * case, as tags are unique), so that a project exported again says what it said when it came in.
 * A tag renamed in Glossa starts afresh: its palette colour, codable, a GUID from its new name.
 */
final class CodeAttributes {
    private static final String PREFIX = "refi-qda.code.";
    private final SettingRepository settings = new SettingRepository();

    /** A code's attributes; {@code hex} may be null (no colour of its own). */
    record Attributes(String hex, boolean codable, String guid) {
        String encode() {
            return (hex == null ? "" : hex) + ";" + codable + ";" + (guid == null ? "" : guid);
        }

        static Attributes decode(String value) {
            String[] parts = value.split(";", -1);
            if (parts.length < 3) {
                return null;
            }
            return new Attributes(parts[0].isEmpty() ? null : parts[0], !"false".equals(parts[1]),
                    parts[2].isEmpty() ? null : parts[2]);
        }
    }

    void put(Connection c, String tagName, Attributes a) throws SQLException {
        settings.put(c, PREFIX + tagName.toLowerCase(Locale.ROOT), a.encode());
    }

    boolean has(Connection c, String tagName) throws SQLException {
        return settings.find(c, PREFIX + tagName.toLowerCase(Locale.ROOT)).isPresent();
    }

    /** Every tag's attributes, by the tag's name in lower case. */
    Map<String, Attributes> all(Connection c) throws SQLException {
        Map<String, Attributes> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT key, value FROM setting WHERE substr(key, 1, ?) = ?")) {
            ps.setInt(1, PREFIX.length());
            ps.setString(2, PREFIX);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Attributes a = Attributes.decode(rs.getString(2));
                    if (a != null) {
                        out.put(rs.getString(1).substring(PREFIX.length()), a);
                    }
                }
            }
        }
        return out;
    }
}
