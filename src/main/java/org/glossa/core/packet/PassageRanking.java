package org.glossa.core.packet;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.glossa.model.AnchorStatus;
import org.glossa.model.Annotation;

/**
 * "Which passages did most students mark?": the document's text is cut at every annotation
 * boundary, each piece counts the distinct authors whose highlights cover it, neighbouring pieces
 * with the same authors are joined, and the passages are ranked by that count.
 */
public final class PassageRanking {
    private PassageRanking() {
    }

    /** A stretch of text and the people who highlighted all of it. */
    public record MarkedPassage(int start, int end, String text, List<String> authors) {
        public MarkedPassage {
            authors = List.copyOf(authors);
        }

        public int count() {
            return authors.size();
        }
    }

    /**
     * Passages marked by at least {@code minAuthors} distinct authors (not counting {@code ignored},
     * e.g. the teacher), most-marked first, then in reading order.
     */
    public static List<MarkedPassage> rank(String text, List<Annotation> annotations, Set<String> ignored,
                                           int minAuthors) {
        List<Annotation> counted = annotations.stream()
                .filter(a -> a.status() != AnchorStatus.ORPHANED && a.end() <= text.length() && a.start() < a.end())
                .filter(a -> !ignored.contains(author(a))).toList();
        TreeSet<Integer> cuts = new TreeSet<>();
        for (Annotation a : counted) {
            cuts.add(a.start());
            cuts.add(a.end());
        }
        List<MarkedPassage> pieces = new ArrayList<>();
        Integer prev = null;
        for (int cut : cuts) {
            if (prev != null) {
                int from = prev;
                TreeSet<String> who = new TreeSet<>();
                counted.stream().filter(a -> a.start() <= from && a.end() >= cut).forEach(a -> who.add(author(a)));
                MarkedPassage last = pieces.isEmpty() ? null : pieces.get(pieces.size() - 1);
                if (last != null && last.end() == from && last.authors().equals(List.copyOf(who))) {
                    pieces.set(pieces.size() - 1, new MarkedPassage(last.start(), cut, text.substring(last.start(), cut),
                            last.authors()));
                } else if (!who.isEmpty()) {
                    pieces.add(new MarkedPassage(from, cut, text.substring(from, cut), List.copyOf(who)));
                }
            }
            prev = cut;
        }
        return pieces.stream().filter(p -> p.count() >= Math.max(1, minAuthors) && !p.text().isBlank())
                .sorted(Comparator.comparingInt(MarkedPassage::count).reversed()
                        .thenComparingInt(MarkedPassage::start))
                .toList();
    }

    private static String author(Annotation a) {
        return a.author() == null ? "" : a.author();
    }
}
