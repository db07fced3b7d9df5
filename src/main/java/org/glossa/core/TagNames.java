package org.glossa.core;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Tag names: hierarchical with '/', in Unicode NFC, trimmed, unique ignoring case (the first
 * spelling wins). A name with an invisible or direction-changing character is refused, so that
 * no two different tags look the same.
 */
public final class TagNames {
    /**
     * The longest tag name, in characters (Unicode code points), its whole path counted; a longer
     * one is cut. Room for the deep code trees of qualitative-analysis projects (NVivo's run to
     * six levels of long names), while still bounding what an imported file can make us store.
     */
    public static final int MAX_LENGTH = 500;

    private TagNames() {
    }

    /**
     * The canonical spelling of a tag name, or an empty string when nothing is left. A name
     * longer than {@link #MAX_LENGTH} characters is cut between characters, and a level the cut
     * leaves empty is dropped with its '/'.
     *
     * @throws GlossaException when the name holds an invisible or direction-changing character
     */
    public static String normalize(String raw) {
        if (raw == null) {
            return "";
        }
        String nfc = Normalizer.normalize(raw, Normalizer.Form.NFC);
        refuseInvisible(nfc);
        String name = joinLevels(nfc);
        if (name.codePointCount(0, name.length()) > MAX_LENGTH) {
            name = joinLevels(name.substring(0, name.offsetByCodePoints(0, MAX_LENGTH)));
        }
        return name;
    }

    private static String joinLevels(String name) {
        List<String> parts = new ArrayList<>();
        for (String part : name.strip().split("/")) {
            String p = part.strip().replaceAll("\\s+", " ");
            if (!p.isEmpty()) {
                parts.add(p);
            }
        }
        return String.join("/", parts);
    }

    /**
     * Refuses format characters (Unicode category Cf): the bidirectional controls U+200E/F,
     * U+202A–U+202E and U+2066–U+2069, the zero-width U+200B–U+200D, U+2060 and U+FEFF among them.
     */
    private static void refuseInvisible(String name) {
        name.codePoints().filter(cp -> Character.getType(cp) == Character.FORMAT).findFirst().ifPresent(cp -> {
            throw new GlossaException("A tag name cannot contain the invisible or direction-changing character U+"
                    + String.format(Locale.ROOT, "%04X", cp) + ".");
        });
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
