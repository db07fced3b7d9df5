package org.glossa.core.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Removes what a PDF prints on every page but is not text of the document: page numbers, and
 * running headers and footers that repeat (digits aside) at the top or bottom of most pages.
 * The page number itself is not lost: every page begins with a PAGE_BREAK marker.
 */
final class PdfFurniture {
    private static final Pattern PAGE_NUMBER = Pattern.compile("(?i)^(page\\s+)?[\\divxlc]{1,6}(\\s*(/|of)\\s*\\d+)?$");
    /** A header must repeat on more than this share of the pages to count as one. */
    private static final double REPEAT_SHARE = 0.5;
    private static final int MIN_PAGES_FOR_REPEATS = 3;

    private PdfFurniture() {
    }

    static List<List<String>> strip(List<List<String>> pages) {
        Map<String, Integer> edgeCounts = new HashMap<>();
        for (List<String> page : pages) {
            for (String edge : edges(page)) {
                edgeCounts.merge(shape(edge), 1, Integer::sum);
            }
        }
        List<List<String>> out = new ArrayList<>(pages.size());
        for (List<String> page : pages) {
            List<String> kept = new ArrayList<>(page);
            trim(kept, 0, edgeCounts, pages.size());
            trim(kept, kept.size() - 1, edgeCounts, pages.size());
            out.add(kept);
        }
        return out;
    }

    private static void trim(List<String> page, int index, Map<String, Integer> edgeCounts, int pageCount) {
        if (index < 0 || index >= page.size()) {
            return;
        }
        String p = page.get(index).strip();
        boolean repeated = pageCount >= MIN_PAGES_FOR_REPEATS
                && edgeCounts.getOrDefault(shape(p), 0) > REPEAT_SHARE * pageCount;
        if (PAGE_NUMBER.matcher(p).matches() || repeated) {
            page.remove(index);
        }
    }

    private static List<String> edges(List<String> page) {
        if (page.isEmpty()) {
            return List.of();
        }
        return page.size() == 1 ? List.of(page.get(0).strip())
                : List.of(page.get(0).strip(), page.get(page.size() - 1).strip());
    }

    /** Digits vary from page to page ("Chapter 2 — 17"); the rest of a running header does not. */
    private static String shape(String paragraph) {
        return paragraph.replaceAll("\\d+", "#");
    }
}
