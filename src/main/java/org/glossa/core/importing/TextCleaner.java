package org.glossa.core.importing;

import java.text.Normalizer;

/**
 * Normalises text the way every stored document is: no CR, no BOM, Unicode NFC, and no
 * invisible characters that would make offsets disagree between Glossa and other tools.
 */
public final class TextCleaner {
    private TextCleaner() {
    }

    public static String clean(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '\r') {
                if (i + 1 < n && s.charAt(i + 1) == '\n') {
                    continue;
                }
                out.append('\n');
            } else if (isInvisible(c)) {
                continue;
            } else if (c == '\u00a0' || c == '\u2007' || c == '\u202f') {
                out.append(' ');
            } else {
                out.append(c);
            }
        }
        String result = out.toString();
        return Normalizer.isNormalized(result, Normalizer.Form.NFC)
                ? result : Normalizer.normalize(result, Normalizer.Form.NFC);
    }

    static boolean isInvisible(char c) {
        return c == '\ufeff' || c == '\u200b' || c == '\u00ad' || c == '\u2060'
                || (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7f && c < 0xa0)
                || (c >= '\ufff9' && c <= '\ufffb');
    }
}
