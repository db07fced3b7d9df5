package org.glossa.core.export.webannotation;

/**
 * Converts between Glossa's UTF-16 offsets and the Unicode code point offsets that the W3C
 * TextPositionSelector counts in. They differ after every astral character (emoji, many CJK
 * extension ideographs, historic scripts), each of which is two UTF-16 units but one code point.
 */
final class CodePoints {
    private CodePoints() {
    }

    /** The code point index of UTF-16 offset {@code utf16} in {@code text}. */
    static int fromUtf16(String text, int utf16) {
        return text.codePointCount(0, Math.max(0, Math.min(utf16, text.length())));
    }

    /** The UTF-16 offset of code point index {@code codePoint}, clamped into the text. */
    static int toUtf16(String text, long codePoint) {
        if (codePoint <= 0) {
            return 0;
        }
        int total = text.codePointCount(0, text.length());
        return codePoint >= total ? text.length() : text.offsetByCodePoints(0, (int) codePoint);
    }
}
