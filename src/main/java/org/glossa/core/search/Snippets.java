package org.glossa.core.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns FTS5 {@code highlight()} output (hits wrapped in U+0001 ... U+0002) into a short
 * snippet with mark ranges, and tells where the first hit is in the unmarked text. We cut the
 * window ourselves instead of using FTS5 {@code snippet()} because the reader needs exact
 * UTF-16 offsets of the hit, which only the full highlighted chunk gives.
 */
final class Snippets {
    static final char OPEN = '\u0001';
    static final char CLOSE = '\u0002';
    private static final int BEFORE = 60;
    private static final int LENGTH = 200;

    private Snippets() {
    }

    /** @param firstHit the first marked range in the unmarked text, or null when nothing is marked */
    record Result(String snippet, List<SearchHit.Range> marks, SearchHit.Range firstHit) {
    }

    static Result of(String highlighted) {
        StringBuilder plain = new StringBuilder(highlighted.length());
        List<SearchHit.Range> all = new ArrayList<>();
        int open = -1;
        for (int i = 0; i < highlighted.length(); i++) {
            char c = highlighted.charAt(i);
            if (c == OPEN) {
                open = plain.length();
            } else if (c == CLOSE && open >= 0) {
                all.add(new SearchHit.Range(open, plain.length()));
                open = -1;
            } else {
                plain.append(c == '\n' || c == '\t' ? ' ' : c);
            }
        }
        SearchHit.Range first = all.isEmpty() ? null : all.get(0);
        int from = first == null ? 0 : Math.max(0, first.start() - BEFORE);
        from = wordStart(plain, from, first == null ? 0 : first.start());
        int to = Math.min(plain.length(), from + LENGTH);
        to = wordEnd(plain, to, first == null ? to : first.end());
        String prefix = from > 0 ? "\u2026" : "";
        String text = prefix + plain.substring(from, to).strip() + (to < plain.length() ? "\u2026" : "");
        int shift = prefix.length() - from - leadingSpace(plain, from, to);
        List<SearchHit.Range> marks = new ArrayList<>();
        for (SearchHit.Range r : all) {
            if (r.start() >= from && r.end() <= to) {
                marks.add(new SearchHit.Range(r.start() + shift, r.end() + shift));
            }
        }
        return new Result(text, marks, first);
    }

    private static int leadingSpace(CharSequence s, int from, int to) {
        int n = 0;
        while (from + n < to && Character.isWhitespace(s.charAt(from + n))) {
            n++;
        }
        return n;
    }

    /** Moves a cut forward to the next space (not past {@code limit}) so no word is halved. */
    private static int wordStart(CharSequence s, int from, int limit) {
        if (from == 0) {
            return 0;
        }
        for (int i = from; i < limit; i++) {
            if (Character.isWhitespace(s.charAt(i - 1))) {
                return i;
            }
        }
        return from;
    }

    /** Moves a cut back to the previous space, but never before {@code limit}. */
    private static int wordEnd(CharSequence s, int to, int limit) {
        if (to >= s.length()) {
            return s.length();
        }
        for (int i = to; i > limit; i--) {
            if (Character.isWhitespace(s.charAt(i))) {
                return i;
            }
        }
        return Math.max(to, limit);
    }
}
