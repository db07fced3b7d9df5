package org.glossa.core.importing;

import java.util.Locale;
import java.util.Set;
import org.glossa.model.TextDirection;

/** What a document's language tells about the direction its text is read in. */
final class Languages {
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
