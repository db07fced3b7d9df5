package org.glossa.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Ranges (highlights, marks) ordered by start, answering "which of them overlap this stretch of
 * text?" in logarithmic time plus the answer: the running maximum of their ends tells where the
 * first candidate can be. Immutable; {@link #changed} makes the index of a few ranges more or
 * less by binary search and array copies, without sorting again.
 */
public final class RangeIndex<T> {
    private final List<T> items;
    private final int[] starts;
    private final int[] ends;
    private final int[] maxEndSoFar;
    private final ToIntFunction<T> start;
    private final ToIntFunction<T> end;

    public RangeIndex(List<T> ranges, ToIntFunction<T> start, ToIntFunction<T> end) {
        this.start = start;
        this.end = end;
        // a copy: the index must not follow later changes of the caller's list (an observable
        // list that is changed before the index hears of it, say)
        List<T> sorted = new ArrayList<>(ranges);
        for (int i = 1; i < sorted.size(); i++) {
            if (start.applyAsInt(sorted.get(i - 1)) > start.applyAsInt(sorted.get(i))) {
                sorted.sort(Comparator.comparingInt(start));
                break;
            }
        }
        this.items = sorted;
        int n = sorted.size();
        starts = new int[n];
        ends = new int[n];
        maxEndSoFar = new int[n];
        int max = Integer.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            T item = sorted.get(i);
            starts[i] = start.applyAsInt(item);
            ends[i] = end.applyAsInt(item);
            max = Math.max(max, ends[i]);
            maxEndSoFar[i] = max;
        }
    }

    /**
     * This index with {@code removed} taken out (the same objects, not equal ones) and
     * {@code added} put in by start, after the ranges that start where it does: each one found by
     * binary search and moved in with array copies, so a highlight added or changed in a long book
     * costs a copy of the index's arrays and no pass over its ranges.
     */
    public RangeIndex<T> changed(List<? extends T> removed, List<? extends T> added) {
        int size = items.size();
        int capacity = size + added.size();
        List<T> list = new ArrayList<>(capacity);
        list.addAll(items);
        int[] s = java.util.Arrays.copyOf(starts, capacity);
        int[] e = java.util.Arrays.copyOf(ends, capacity);
        int firstChanged = size;
        for (T gone : removed) {
            int at = start.applyAsInt(gone);
            for (int i = lowerBound(s, size, at); i < size && s[i] == at; i++) {
                if (list.get(i) == gone) {
                    list.remove(i);
                    System.arraycopy(s, i + 1, s, i, size - i - 1);
                    System.arraycopy(e, i + 1, e, i, size - i - 1);
                    size--;
                    firstChanged = Math.min(firstChanged, i);
                    break;
                }
            }
        }
        for (T item : added) {
            int at = start.applyAsInt(item);
            int i = lowerBound(s, size, at + 1);
            list.add(i, item);
            System.arraycopy(s, i, s, i + 1, size - i);
            System.arraycopy(e, i, e, i + 1, size - i);
            s[i] = at;
            e[i] = end.applyAsInt(item);
            size++;
            firstChanged = Math.min(firstChanged, i);
        }
        return new RangeIndex<>(list, java.util.Arrays.copyOf(s, size), java.util.Arrays.copyOf(e, size), this,
                firstChanged);
    }

    /** An index over ranges sorted already: the running maxima up to {@code keep} are those of {@code before}. */
    private RangeIndex(List<T> items, int[] starts, int[] ends, RangeIndex<T> before, int keep) {
        this.start = before.start;
        this.end = before.end;
        this.items = items;
        this.starts = starts;
        this.ends = ends;
        int n = starts.length;
        maxEndSoFar = new int[n];
        int from = Math.min(keep, n);
        System.arraycopy(before.maxEndSoFar, 0, maxEndSoFar, 0, from);
        int max = from == 0 ? Integer.MIN_VALUE : maxEndSoFar[from - 1];
        for (int i = from; i < n; i++) {
            max = Math.max(max, ends[i]);
            maxEndSoFar[i] = max;
        }
    }

    /** The first index below {@code size} whose start is at least {@code value}. */
    private static int lowerBound(int[] sorted, int size, int value) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
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
            int e = ends[i];
            if (e > from || (touching && e == from)) {
                out.add(items.get(i));
            }
        }
        return out;
    }

    private int firstWithStartAtLeast(int value) {
        return lowerBound(starts, starts.length, value);
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
