package org.glossa.core.importing;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Word-level F1 of two texts as bags of words, tokenised like the project's text-similarity
 * tool: NFKC, case-folded, apostrophes dropped, other punctuation a word break, and each CJK
 * ideograph or kana a word of its own.
 */
final class WordF1 {
    private WordF1() {
    }

    static List<String> words(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        s.codePoints().forEach(cp -> {
            if (cp == '\'' || cp == '\u2019' || cp == '\u2018' || Character.getType(cp) == Character.FORMAT) {
                return;
            }
            if (isCjk(cp)) {
                flush(word, words);
                words.add(new String(Character.toChars(cp)));
            } else if (Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK
                    || Character.getType(cp) == Character.COMBINING_SPACING_MARK) {
                word.appendCodePoint(cp);
            } else {
                flush(word, words);
            }
        });
        flush(word, words);
        return words;
    }

    static double f1(String expected, String actual) {
        Map<String, Integer> want = counts(words(expected));
        Map<String, Integer> got = counts(words(actual));
        int wantTotal = want.values().stream().mapToInt(Integer::intValue).sum();
        int gotTotal = got.values().stream().mapToInt(Integer::intValue).sum();
        if (wantTotal == 0 && gotTotal == 0) {
            return 1.0;
        }
        int overlap = 0;
        for (var e : want.entrySet()) {
            overlap += Math.min(e.getValue(), got.getOrDefault(e.getKey(), 0));
        }
        if (overlap == 0) {
            return 0.0;
        }
        double precision = (double) overlap / gotTotal;
        double recall = (double) overlap / wantTotal;
        return 2 * precision * recall / (precision + recall);
    }

    private static boolean isCjk(int cp) {
        return Character.isIdeographic(cp) || cp >= 0x3040 && cp <= 0x30ff;
    }

    private static void flush(StringBuilder word, List<String> words) {
        if (!word.isEmpty()) {
            words.add(word.toString());
            word.setLength(0);
        }
    }

    private static Map<String, Integer> counts(List<String> words) {
        Map<String, Integer> m = new HashMap<>();
        for (String w : words) {
            m.merge(w, 1, Integer::sum);
        }
        return m;
    }
}
