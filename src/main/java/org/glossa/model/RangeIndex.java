package org.glossa.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Ranges (highlights, marks) ordered by start, answering "which of them overlap this stretch of
 * text?" in logarithmic time plus the answer: the running maximum of their ends tells where the
 * first candidate can be. Immutable; {@link #changed} makes the index of a few ranges more or
 * less in one pass, without sorting again.
 */
public final class RangeIndex<T> {
    private final List<T> items;
    private final int[] starts;
    private final int[] maxEndSoFar;
    private final ToIntFunction<T> start;
    private final ToIntFunction<T> end;

    public RangeIndex(List<T> ranges, ToIntFunction<T> start, ToIntFunction<T> end) {
        this.start = start;
        this.end = end;
        List<T> sorted = ranges;
        for (int i = 1; i < ranges.size(); i++) {
            if (start.applyAsInt(ranges.get(i - 1)) > start.applyAsInt(ranges.get(i))) {
                sorted = new ArrayList<>(ranges);
                sorted.sort(Comparator.comparingInt(start));
                break;
            }
        }
        this.items = sorted;
        int n = sorted.size();
        starts = new int[n];
        maxEndSoFar = new int[n];
        int max = Integer.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            T item = sorted.get(i);
            starts[i] = start.applyAsInt(item);
            max = Math.max(max, end.applyAsInt(item));
            maxEndSoFar[i] = max;
        }
    }

    /**
     * This index with {@code removed} taken out (the same objects, not equal ones) and
     * {@code added} merged in by start: linear in the size, where building anew sorts.
     */
    public RangeIndex<T> changed(List<? extends T> removed, List<? extends T> added) {
        java.util.Set<T> gone = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        gone.addAll(removed);
        List<T> incoming = new ArrayList<>(added);
        incoming.sort(Comparator.comparingInt(start));
        List<T> merged = new ArrayList<>(items.size() + incoming.size());
        int next = 0;
        for (T item : items) {
            if (gone.contains(item)) {
                continue;
            }
            int at = start.applyAsInt(item);
            while (next < incoming.size() && start.applyAsInt(incoming.get(next)) < at) {
                merged.add(incoming.get(next++));
            }
            merged.add(item);
        }
        merged.addAll(incoming.subList(next, incoming.size()));
        return new RangeIndex<>(merged, start, end);
    }

    public int size() {
        return items.size();
    }

    /** The ranges with {@code start < to && end > from}, in order of start. */
    public List<T> overlapping(int from, int to) {
        return collect(firstWithMaxEndAbove(from), firstWithStartAtLeast(to), from, false);
    }

    /** The ranges that overlap or touch {@code [from, to]}: {@code start <= to && end >= from}. */
    public List<T> touching(int from, int to) {
        return collect(firstWithMaxEndAbove(from - 1), firstWithStartAtLeast(to + 1), from, true);
    }

    private List<T> collect(int lo, int hi, int from, boolean touching) {
        List<T> out = new ArrayList<>();
        for (int i = lo; i < hi; i++) {
            int e = end.applyAsInt(items.get(i));
            if (e > from || (touching && e == from)) {
                out.add(items.get(i));
            }
        }
        return out;
    }

    private int firstWithStartAtLeast(int value) {
        int lo = 0;
        int hi = starts.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] < value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private int firstWithMaxEndAbove(int value) {
        int lo = 0;
        int hi = maxEndSoFar.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (maxEndSoFar[mid] <= value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
