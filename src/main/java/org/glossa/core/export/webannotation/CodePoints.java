package org.glossa.core.export.webannotation;

import java.util.Arrays;

/**
 * Converts between Glossa's UTF-16 offsets and the Unicode code point offsets that the W3C
 * TextPositionSelector counts in. They differ after every astral character (emoji, many CJK
 * extension ideographs, historic scripts), each of which is two UTF-16 units but one code point.
 * Built once per text: a sorted list of where astral characters start makes each conversion a
 * binary search instead of a scan of the whole book.
 */
final class CodePoints {
    private final int length;
    private final int codePoints;
    /** UTF-16 offsets of the high surrogate of every astral character, ascending. */
    private final int[] astral;

    CodePoints(String text) {
        int[] found = new int[16];
        int n = 0;
        for (int i = 0; i + 1 < text.length(); i++) {
            if (Character.isHighSurrogate(text.charAt(i)) && Character.isLowSurrogate(text.charAt(i + 1))) {
                if (n == found.length) {
                    found = Arrays.copyOf(found, n * 2);
                }
                found[n++] = i++;
            }
        }
        astral = Arrays.copyOf(found, n);
        length = text.length();
        codePoints = length - n;
    }

    /** The code point index of UTF-16 offset {@code utf16}. */
    int fromUtf16(int utf16) {
        int u = Math.max(0, Math.min(utf16, length));
        // every astral character that ends at or before u counts one unit less
        int before = lowerBound(u - 1);
        return u - before;
    }

    /** The UTF-16 offset of code point index {@code codePoint}, clamped into the text. */
    int toUtf16(long codePoint) {
        if (codePoint <= 0) {
            return 0;
        }
        if (codePoint >= codePoints) {
            return length;
        }
        int cp = (int) codePoint;
        // the k-th astral character (0-based) at UTF-16 offset a has code point index a - k
        int lo = 0;
        int hi = astral.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (astral[mid] - mid < cp) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return cp + lo;
    }

    /** How many astral characters start before {@code offset}. */
    private int lowerBound(int offset) {
        int lo = 0;
        int hi = astral.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (astral[mid] < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
