package org.glossa.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Tag names: hierarchical with '/', trimmed, unique ignoring case (the first spelling wins). */
public final class TagNames {
    public static final int MAX_LENGTH = 100;

    private TagNames() {
    }

    /** The canonical spelling of a tag name, or an empty string when nothing is left. */
    public static String normalize(String raw) {
        if (raw == null) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (String part : raw.strip().split("/")) {
            String p = part.strip().replaceAll("\\s+", " ");
            if (!p.isEmpty()) {
                parts.add(p);
            }
        }
        String name = String.join("/", parts);
        return name.length() > MAX_LENGTH ? name.substring(0, MAX_LENGTH) : name;
    }

    /** Normalised, without blanks and without case-insensitive duplicates, in the given order. */
    public static List<String> normalizeAll(List<String> raw) {
        Map<String, String> seen = new LinkedHashMap<>();
        for (String r : raw == null ? List.<String>of() : raw) {
            String n = normalize(r);
            if (!n.isEmpty()) {
                seen.putIfAbsent(n.toLowerCase(Locale.ROOT), n);
            }
        }
        return List.copyOf(seen.values());
    }

    /** Splits what a user typed ("a, b/c; d") into tag names. */
    public static List<String> parse(String typed) {
        if (typed == null || typed.isBlank()) {
            return List.of();
        }
        return normalizeAll(List.of(typed.split("[,;]")));
    }

    /**
     * The colour an annotation takes from its tags: that of its first tag with a colour, where
     * a tag without one inherits from its parent ({@code claim/economic} from {@code claim}).
     * Null when none of its tags has a colour.
     */
    public static String colorOf(List<String> tags, java.util.Map<String, String> tagColors) {
        for (String tag : tags) {
            String name = tag;
            while (true) {
                String color = tagColors.get(name);
                if (color != null) {
                    return color;
                }
                int slash = name.lastIndexOf('/');
                if (slash <= 0) {
                    break;
                }
                name = name.substring(0, slash);
            }
        }
        return null;
    }
}
