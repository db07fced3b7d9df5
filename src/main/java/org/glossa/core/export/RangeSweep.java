package org.glossa.core.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * The items (marks, highlights) that overlap a range, for ranges visited in increasing order:
 * a sweep keeps the ones still open, so a book of 12,000 paragraphs with 10,000 highlights is
 * rendered in one pass instead of testing every highlight against every paragraph.
 */
final class RangeSweep<T> {
    private final List<T> byStart;
    private final ToIntFunction<T> start;
    private final ToIntFunction<T> end;
    private final List<T> open = new ArrayList<>();
    private int next;

    RangeSweep(List<T> items, ToIntFunction<T> start, ToIntFunction<T> end) {
        this.byStart = items.stream().sorted(Comparator.comparingInt(start)).toList();
        this.start = start;
        this.end = end;
    }

    /** Items with {@code start < to && end > from}, in order of start; {@code from} must never decrease. */
    List<T> overlapping(int from, int to) {
        while (next < byStart.size() && start.applyAsInt(byStart.get(next)) < to) {
            open.add(byStart.get(next++));
        }
        open.removeIf(item -> end.applyAsInt(item) <= from);
        List<T> out = new ArrayList<>();
        for (T item : open) {
            if (start.applyAsInt(item) < to) {
                out.add(item);
            }
        }
        return out;
    }
}
