package org.glossa.model;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The default palette. Keys 1-8 pick these in order; {@code key} is what is stored. */
public enum HighlightColor {
    YELLOW("#ffe066", "Important"), GREEN("#9be38a", "Evidence"), BLUE("#8ec5ff", "Definition"),
    PINK("#ff9fc6", "Question"), PURPLE("#c9a6ff", "Claim"), ORANGE("#ffb56b", "To check"),
    RED("#ff7b7b", "Disagree"), GRAY("#c8c8c8", "Aside");

    private final String hex;
    private final String defaultMeaning;

    HighlightColor(String hex, String defaultMeaning) {
        this.hex = hex;
        this.defaultMeaning = defaultMeaning;
    }

    /** What this colour means in a new library's codebook. */
    public String defaultMeaning() {
        return defaultMeaning;
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
