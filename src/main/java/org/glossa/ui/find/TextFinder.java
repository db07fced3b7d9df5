package org.glossa.ui.find;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds every occurrence of a query in a document, ignoring case and accents ("zoe" finds
 * "Zoë"). Folding maps each UTF-16 unit to one unit, so offsets in the folded text are offsets
 * in the document.
 */
public final class TextFinder {
    private final String folded;

    public TextFinder(String text) {
        this.folded = fold(text);
    }

    /** Sorted, non-overlapping {@code [start, end)} ranges of the query; empty for a blank query. */
    public List<int[]> find(String query) {
        List<int[]> hits = new ArrayList<>();
        if (query == null || query.isBlank()) {
            return hits;
        }
        String q = fold(query.strip());
        int at = folded.indexOf(q);
        while (at >= 0) {
            hits.add(new int[] {at, at + q.length()});
            at = folded.indexOf(q, at + q.length());
        }
        return hits;
    }

    static String fold(String s) {
        char[] out = new char[s.length()];
        for (int i = 0; i < s.length(); i++) {
            out[i] = foldChar(s.charAt(i));
        }
        return new String(out);
    }

    private static char foldChar(char c) {
        if (c < 0x80) {
            return Character.toLowerCase(c);
        }
        if (Character.isSurrogate(c)) {
            return c;
        }
        String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        char base = decomposed.charAt(0);
        return String.valueOf(base).toLowerCase(Locale.ROOT).length() == 1
                ? String.valueOf(base).toLowerCase(Locale.ROOT).charAt(0) : base;
    }
}
