package org.glossa.core.anchoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Approximate string search with Myers' bit-parallel algorithm (k-differences: insertions,
 * deletions and substitutions), for patterns of any length. Patterns longer than 64 characters
 * are split into 64-row blocks whose horizontal deltas are carried from one block to the next
 * (the multi-word form of Myers/Hyyrö), so a long quote costs {@code n * ceil(m / 64)} word
 * operations rather than {@code n * m} cells of a dynamic-programming table.
 *
 * <p>Characters are UTF-16 units, like every offset inside Glossa.
 */
public final class ApproximateMatcher {
    private static final int W = 64;
    private static final int ASCII = 128;

    /** One match: {@code text[start, end)} is within {@code errors} edits of the pattern. */
    public record Match(int start, int end, int errors) {
    }

    private ApproximateMatcher() {
    }

    /** The largest number of errors worth searching with for a pattern: min(256, len / 2). */
    public static int maxErrorsFor(int patternLength) {
        return Math.min(256, patternLength / 2);
    }

    /**
     * The matches of {@code pattern} in {@code text} with the fewest errors, at most
     * {@code maxErrors}; empty when there is none. Several matches may share one end position's
     * neighbourhood: callers score them (see {@link Anchorer}).
     */
    public static List<Match> search(String text, String pattern, int maxErrors) {
        if (pattern.isEmpty() || text.isEmpty()) {
            return List.of();
        }
        int k = Math.min(maxErrors, pattern.length());
        Blocks blocks = new Blocks(pattern);
        int best = k;
        List<int[]> ends = new ArrayList<>();
        int score = pattern.length();
        for (int j = 0; j < text.length(); j++) {
            score += blocks.advance(text.charAt(j), 0);
            if (score <= best) {
                if (score < best) {
                    ends.clear();
                    best = score;
                }
                ends.add(new int[] {j + 1, score});
            }
        }
        if (ends.isEmpty()) {
            return List.of();
        }
        String reversed = new StringBuilder(pattern).reverse().toString();
        List<Match> out = new ArrayList<>(ends.size());
        for (int[] e : ends) {
            out.add(new Match(startOf(text, reversed, e[0], e[1]), e[0], e[1]));
        }
        return out;
    }

    /**
     * Where a match ending at {@code end} with {@code errors} edits begins: aligns the reversed
     * pattern globally against the text read backwards from {@code end} and takes the start
     * with the fewest edits (the longest one on ties, as a reader would select it).
     */
    private static int startOf(String text, String reversedPattern, int end, int errors) {
        Blocks blocks = new Blocks(reversedPattern);
        int from = Math.max(0, end - reversedPattern.length() - errors);
        int score = reversedPattern.length();
        int bestScore = score;
        int bestStart = end;
        for (int j = end - 1; j >= from; j--) {
            // +1 into the top row: the alignment is anchored at end, every skipped character costs
            score += blocks.advance(text.charAt(j), 1);
            if (score <= bestScore) {
                bestScore = score;
                bestStart = j;
            }
        }
        return bestStart;
    }

    /** Edit distance between two strings (Levenshtein), with the same bit-parallel engine. */
    public static int distance(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return Math.max(a.length(), b.length());
        }
        Blocks blocks = new Blocks(a);
        int score = a.length();
        for (int j = 0; j < b.length(); j++) {
            score += blocks.advance(b.charAt(j), 1);
        }
        return score;
    }

    /** The vertical delta vectors of the pattern's blocks and the pattern's match masks. */
    private static final class Blocks {
        private final long[] plus;
        private final long[] minus;
        private final long[] lastRow;
        private final long[][] ascii = new long[ASCII][];
        private final Map<Character, long[]> other = new HashMap<>();
        private final long[] none;

        Blocks(String pattern) {
            int n = (pattern.length() + W - 1) / W;
            plus = new long[n];
            minus = new long[n];
            lastRow = new long[n];
            none = new long[n];
            java.util.Arrays.fill(plus, -1L);
            java.util.Arrays.fill(lastRow, 1L << (W - 1));
            lastRow[n - 1] = 1L << ((pattern.length() - 1) % W);
            for (int i = 0; i < pattern.length(); i++) {
                char c = pattern.charAt(i);
                long[] peq = c < ASCII ? ascii[c] : other.get(c);
                if (peq == null) {
                    peq = new long[n];
                    if (c < ASCII) {
                        ascii[c] = peq;
                    } else {
                        other.put(c, peq);
                    }
                }
                peq[i / W] |= 1L << (i % W);
            }
        }

        /**
         * Moves every block one text character on; {@code topDelta} is the change of the top
         * row (0 for search, where a match may start anywhere; 1 for a global alignment).
         * Returns the change of the bottom row's score.
         */
        int advance(char c, int topDelta) {
            long[] peq = c < ASCII ? ascii[c] : other.get(c);
            if (peq == null) {
                peq = none;
            }
            int carry = topDelta;
            for (int b = 0; b < plus.length; b++) {
                carry = advanceBlock(peq[b], b, carry);
            }
            return carry;
        }

        private int advanceBlock(long peqBits, int b, int hIn) {
            long pv = plus[b];
            long mv = minus[b];
            long hInNegative = hIn < 0 ? 1L : 0L;
            long eq = peqBits | hInNegative;
            long xv = eq | mv;
            long xh = (((eq & pv) + pv) ^ pv) | eq;
            long ph = mv | ~(xh | pv);
            long mh = pv & xh;
            int hOut = ((ph & lastRow[b]) != 0 ? 1 : 0) - ((mh & lastRow[b]) != 0 ? 1 : 0);
            ph <<= 1;
            mh <<= 1;
            mh |= hInNegative;
            ph |= hIn > 0 ? 1L : 0L;
            plus[b] = mh | ~(xv | ph);
            minus[b] = ph & xv;
            return hOut;
        }
    }
}
