package org.glossa.core.importing;

import java.util.Locale;
import java.util.Set;
import org.glossa.model.TextDirection;

/** What a document's language tells about the direction its text is read in. */
public final class Languages {
    /** Primary language subtags written right to left. */
    private static final Set<String> RTL = Set.of("ar", "he", "iw", "fa", "ur", "yi", "ps", "sd", "ckb", "dv", "ug");

    private Languages() {
    }

    /** An explicit direction ("rtl"/"ltr") wins; else the language decides; else left to right. */
    static TextDirection direction(String explicit, String language) {
        if (explicit != null && !explicit.isBlank()) {
            String d = explicit.strip().toLowerCase(Locale.ROOT);
            if (d.equals("rtl") || d.equals("ltr")) {
                return TextDirection.parse(d);
            }
        }
        return isRightToLeft(language) ? TextDirection.RTL : TextDirection.LTR;
    }

    /** How much text {@link #direction(String, String, String)} looks at: the opening is enough. */
    private static final int SAMPLE_CHARS = 20_000;

    /**
     * As {@link #direction(String, String)}, but when neither says anything the text decides:
     * right to left when most of its strongly directional letters are (Arabic, Hebrew, ...).
     */
    static TextDirection direction(String explicit, String language, String text) {
        boolean known = explicit != null && !explicit.isBlank() || language != null && !language.isBlank();
        return known ? direction(explicit, language) : directionOfText(text);
    }

    public static TextDirection directionOfText(String text) {
        int rtl = 0;
        int ltr = 0;
        int n = Math.min(text.length(), SAMPLE_CHARS);
        for (int i = 0; i < n; i++) {
            byte d = Character.getDirectionality(text.charAt(i));
            if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                rtl++;
            } else if (d == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
                ltr++;
            }
        }
        return rtl > ltr ? TextDirection.RTL : TextDirection.LTR;
    }

    static boolean isRightToLeft(String language) {
        if (language == null || language.isBlank()) {
            return false;
        }
        String primary = language.strip().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
        return RTL.contains(primary);
    }

    /** A language tag as stored: trimmed, or null when absent. */
    static String normalize(String language) {
        return language == null || language.isBlank() ? null : language.strip();
    }
}
