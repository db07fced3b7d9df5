package org.glossa.model;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The default palette. Keys 1-8 pick these in order; {@code key} is what is stored. */
public enum HighlightColor {
    YELLOW("#ffe066"), GREEN("#9be38a"), BLUE("#8ec5ff"), PINK("#ff9fc6"),
    PURPLE("#c9a6ff"), ORANGE("#ffb56b"), RED("#ff7b7b"), GRAY("#c8c8c8");

    private final String hex;

    HighlightColor(String hex) {
        this.hex = hex;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String hex() {
        return hex;
    }

    public static final HighlightColor DEFAULT = YELLOW;

    public static List<HighlightColor> palette() {
        return List.of(values());
    }

    public static Optional<HighlightColor> byKey(String key) {
        if (key == null) {
            return Optional.empty();
        }
        for (HighlightColor c : values()) {
            if (c.key().equalsIgnoreCase(key.strip())) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
