package org.glossa.core.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.glossa.model.HighlightColor;

/** The library's settings: text values by key, among them what each highlight colour means (the codebook). */
public final class SettingRepository {
    private static final String CODEBOOK = "codebook.";
    private static final int MAX_MEANING = 60;

    public Optional<String> find(Connection c, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT value FROM setting WHERE key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    public void put(Connection c, String key, String value) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO setting(key, value) VALUES (?, ?)"
                + " ON CONFLICT(key) DO UPDATE SET value = excluded.value")) {
            ps.setString(1, key);
            ps.setString(2, value);
            ps.executeUpdate();
        }
    }

    /** The meaning of every palette colour, in palette order; one never named has its default meaning. */
    public Map<HighlightColor, String> codebook(Connection c) throws SQLException {
        Map<HighlightColor, String> out = new EnumMap<>(HighlightColor.class);
        for (HighlightColor color : HighlightColor.palette()) {
            out.put(color, find(c, CODEBOOK + color.key()).filter(v -> !v.isBlank()).orElse(color.defaultMeaning()));
        }
        return out;
    }

    /** Names colours in the codebook (blank names restore the default; long ones are cut short). */
    public void putCodebook(Connection c, Map<HighlightColor, String> meanings) throws SQLException {
        for (var e : meanings.entrySet()) {
            String name = e.getValue() == null ? "" : e.getValue().strip();
            put(c, CODEBOOK + e.getKey().key(), name.length() > MAX_MEANING ? name.substring(0, MAX_MEANING) : name);
        }
    }
}
