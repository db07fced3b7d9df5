package org.glossa.core.importing;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Joins the lines of a PDF paragraph into running text. A word broken by a hyphen at a line end
 * ("exam-" / "ple") is joined without the hyphen when the joined word is plausible: it occurs
 * elsewhere in the document, or the hyphenated form does not. A real compound seen elsewhere
 * with its hyphen ("well-known") keeps it.
 */
final class PdfParagraphs {
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}'’-]*");
    private static final Pattern BROKEN = Pattern.compile("(\\p{L}+)-$");
    private static final Pattern CONTINUED = Pattern.compile("^(\\p{Ll}[\\p{L}\\p{M}]*)");

    private final Set<String> words = new HashSet<>();

    PdfParagraphs(List<List<String>> pages) {
        for (List<String> page : pages) {
            for (String paragraph : page) {
                for (String line : paragraph.split("\n")) {
                    Matcher m = WORD.matcher(line.strip());
                    while (m.find()) {
                        if (m.end() < line.strip().length() || !m.group().endsWith("-")) {
                            words.add(m.group().toLowerCase(Locale.ROOT));
                        }
                    }
                }
            }
        }
    }

    String join(String paragraph) {
        String[] lines = paragraph.split("\n");
        StringBuilder sb = new StringBuilder(paragraph.length());
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            if (sb.length() > 0) {
                Matcher head = BROKEN.matcher(sb);
                Matcher tail = CONTINUED.matcher(line);
                if (sb.charAt(sb.length() - 1) == '-' && head.find() && tail.find()) {
                    String first = head.group(1);
                    String second = tail.group(1);
                    if (dropHyphen(first, second)) {
                        sb.setLength(sb.length() - 1);
                    }
                    sb.append(line);
                    continue;
                }
                if (!(isCjk(sb.charAt(sb.length() - 1)) && isCjk(line.charAt(0)))) {
                    sb.append(' '); // CJK text has no spaces between words: a line end is not one
                }
            }
            sb.append(line);
        }
        return sb.toString();
    }

    private static boolean isCjk(char c) {
        return Character.isIdeographic(c) || c >= '\u3000' && c <= '\u30ff' || c >= '\uff00' && c <= '\uffef';
    }

    private boolean dropHyphen(String first, String second) {
        String joined = (first + second).toLowerCase(Locale.ROOT);
        String hyphenated = (first + "-" + second).toLowerCase(Locale.ROOT);
        if (words.contains(joined)) {
            return true;
        }
        return !words.contains(hyphenated);
    }
}
