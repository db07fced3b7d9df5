package org.glossa.core.qda;

import java.text.BreakIterator;
import java.text.Normalizer;
import java.util.Arrays;
import org.glossa.core.importing.TextCleaner;

/**
 * A REFI-QDA source's plain text as Glossa stores it, with the way back from the project's
 * positions. REFI-QDA counts positions in characters (Unicode code points) of the text as the
 * file has it, CR LF line ends and all; Glossa stores text normalised (LF, NFC, no invisible
 * characters, see {@link TextCleaner}) and counts UTF-16 units. {@link #offset} maps a position
 * of the one onto the other, which is what keeps codings on their words when a source has
 * Windows line ends or characters beyond the Basic Multilingual Plane.
 */
public final class SourceText {
    private final String text;
    /** For each code point position of the original (0..count), the UTF-16 offset into {@link #text}. */
    private final int[] offsets;

    private SourceText(String text, int[] offsets) {
        this.text = text;
        this.offsets = offsets;
    }

    /** Normalises {@code raw} (a leading byte order mark is not part of the text) and keeps the offset map. */
    public static SourceText of(String raw) {
        String s = raw.startsWith("\ufeff") ? raw.substring(1) : raw;
        int count = s.codePointCount(0, s.length());
        int[] offsets = new int[count + 1];
        StringBuilder out = new StringBuilder(s.length());
        int k = 0;
        for (int i = 0; i < s.length(); k++) {
            int cp = s.codePointAt(i);
            offsets[k] = out.length();
            int width = Character.charCount(cp);
            String one = s.substring(i, i + width);
            if (cp == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                one = ""; // the LF that follows is the line end
            }
            out.append(one.isEmpty() ? "" : TextCleaner.clean(one));
            i += width;
        }
        offsets[count] = out.length();
        String cleaned = out.toString();
        if (Normalizer.isNormalized(cleaned, Normalizer.Form.NFC)) {
            return new SourceText(cleaned, offsets);
        }
        return composed(cleaned, offsets);
    }

    /**
     * Composes the text to NFC one user-perceived character at a time, so that a position between
     * two characters stays between the same two characters; one inside a character that composes
     * moves to its start.
     */
    private static SourceText composed(String cleaned, int[] before) {
        int[] map = new int[cleaned.length() + 1];
        StringBuilder out = new StringBuilder(cleaned.length());
        BreakIterator chars = BreakIterator.getCharacterInstance(java.util.Locale.ROOT);
        chars.setText(cleaned);
        int start = chars.first();
        for (int end = chars.next(); end != BreakIterator.DONE; start = end, end = chars.next()) {
            int at = out.length();
            Arrays.fill(map, start, end, at);
            out.append(Normalizer.normalize(cleaned.substring(start, end), Normalizer.Form.NFC));
        }
        map[cleaned.length()] = out.length();
        String text = out.toString();
        if (!Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
            // characters that compose across clusters (rare): normalise whole, keep positions in range
            text = Normalizer.normalize(cleaned, Normalizer.Form.NFC);
            int length = text.length();
            for (int i = 0; i < map.length; i++) {
                map[i] = Math.min(map[i], length);
            }
        }
        int[] offsets = new int[before.length];
        for (int i = 0; i < before.length; i++) {
            offsets[i] = map[before[i]];
        }
        return new SourceText(text, offsets);
    }

    /** The text as Glossa stores it. */
    public String text() {
        return text;
    }

    /** How many characters (code points) the original had: the largest valid position. */
    public int length() {
        return offsets.length - 1;
    }

    /** The UTF-16 offset into {@link #text} of the original's code point position {@code position}. */
    public int offset(int position) {
        if (position < 0 || position > length()) {
            throw new IndexOutOfBoundsException(position);
        }
        return offsets[position];
    }

    /** The code point position in {@code text} of the UTF-16 offset {@code offset}: how Glossa's text is counted on export. */
    public static int position(String text, int offset) {
        return text.codePointCount(0, offset);
    }
}
