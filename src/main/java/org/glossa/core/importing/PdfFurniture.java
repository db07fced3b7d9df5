package org.glossa.core.importing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Removes what a PDF prints on every page but is not text of the document: page numbers at the top
 * or bottom of a page, and running headers and footers — lines in the top or bottom margin that
 * come back (digits aside) at the same height on most pages, or on most left-hand or most
 * right-hand pages (a book's title on one side, its chapter's on the other), wherever the
 * producer wrote them in the page's content. The page number itself is not lost: every page begins with a PAGE_BREAK marker.
 */
final class PdfFurniture {
    private static final Pattern PAGE_NUMBER =
            Pattern.compile("(?i)^(page\\s+)?[\\divxlc]{1,6}(\\s*(/|of)\\s*\\d+)?$");
    /** A header must repeat on more than this share of the pages to count as one. */
    private static final double REPEAT_SHARE = 0.5;
    private static final int MIN_PAGES_FOR_REPEATS = 3;
    /** How many lines at the top and at the bottom of a page may be running heads or feet. */
    private static final int EDGE_LINES = 2;
    /** Running heads and feet sit in this share of the page's height at its top or bottom. */
    private static final float MARGIN_SHARE = 0.12f;
    /** Heights within this many points count as the same position. */
    private static final float SAME_HEIGHT = 4f;
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private PdfFurniture() {
    }

    static List<PdfPage> strip(List<PdfPage> pages) {
        // pagesWith.get(side).get(key): on how many pages of that side (0 odd, 1 even) a margin line is
        List<Map<String, Integer>> pagesWith = List.of(new HashMap<>(), new HashMap<>());
        for (int p = 0; p < pages.size(); p++) {
            Set<String> seen = new HashSet<>();
            for (PdfLine edge : edges(pages.get(p))) {
                int bucket = bucket(edge);
                for (int b = bucket - 1; b <= bucket + 1; b++) {
                    seen.add(shape(edge.text()) + '@' + b);
                }
            }
            Map<String, Integer> side = pagesWith.get(p % 2);
            seen.forEach(key -> side.merge(key, 1, Integer::sum));
        }
        int[] sidePages = {(pages.size() + 1) / 2, pages.size() / 2};
        List<PdfPage> out = new ArrayList<>(pages.size());
        for (int p = 0; p < pages.size(); p++) {
            PdfPage page = pages.get(p);
            List<PdfLine> edges = edges(page);
            List<PdfLine> byHeight = sortedByHeight(page);
            List<PdfLine> kept = new ArrayList<>(page.lines().size());
            for (PdfLine line : page.lines()) {
                boolean outermost = !byHeight.isEmpty()
                        && (line == byHeight.get(0) || line == byHeight.get(byHeight.size() - 1));
                boolean repeated = false;
                if (pages.size() >= MIN_PAGES_FOR_REPEATS && edges.contains(line)) { // only margin lines repeat
                    String key = shape(line.text()) + '@' + bucket(line);
                    int both = pagesWith.get(0).getOrDefault(key, 0) + pagesWith.get(1).getOrDefault(key, 0);
                    int side = pagesWith.get(p % 2).getOrDefault(key, 0);
                    repeated = both > REPEAT_SHARE * pages.size() || side > 1 && side > REPEAT_SHARE * sidePages[p % 2];
                }
                boolean pageNumber = outermost && PAGE_NUMBER.matcher(line.text()).matches();
                if (!repeated && !pageNumber) {
                    kept.add(line);
                }
            }
            out.add(page.withLines(kept));
        }
        return out;
    }

    private static List<PdfLine> sortedByHeight(PdfPage page) {
        List<PdfLine> lines = new ArrayList<>(page.lines());
        lines.sort(Comparator.comparingDouble(PdfLine::y));
        return lines;
    }

    /** The topmost and bottommost lines of a page that sit in its margins, the only places a running head or foot sits. */
    private static List<PdfLine> edges(PdfPage page) {
        List<PdfLine> lines = sortedByHeight(page);
        float margin = page.height() * MARGIN_SHARE;
        List<PdfLine> edges = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            PdfLine line = lines.get(i);
            boolean top = i < EDGE_LINES && line.y() < margin;
            boolean bottom = i >= lines.size() - EDGE_LINES && line.y() > page.height() - margin;
            if (top || bottom) {
                edges.add(line);
            }
        }
        return edges;
    }

    private static int bucket(PdfLine line) {
        return Math.round(line.y() / SAME_HEIGHT);
    }

    /** Digits vary from page to page ("Chapter 2 — 17"); the rest of a running header does not. */
    private static String shape(String line) {
        return DIGITS.matcher(line.strip()).replaceAll("#");
    }
}
