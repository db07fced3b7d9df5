package org.glossa.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class RangeIndexTest {
    record R(int start, int end) {
    }

    @Property(tries = 300)
    void findsExactlyWhatAScanOfEveryRangeFinds(
            @ForAll @Size(max = 60) List<@IntRange(min = 0, max = 200) Integer> starts,
            @ForAll @Size(max = 60) List<@IntRange(min = 0, max = 40) Integer> lengths,
            @ForAll @IntRange(min = -5, max = 250) int from, @ForAll @IntRange(min = 0, max = 60) int width) {
        List<R> ranges = new ArrayList<>();
        for (int i = 0; i < Math.min(starts.size(), lengths.size()); i++) {
            ranges.add(new R(starts.get(i), starts.get(i) + lengths.get(i)));
        }
        int to = from + width;
        RangeIndex<R> index = new RangeIndex<>(ranges, R::start, R::end);
        Comparator<R> byStart = Comparator.comparingInt(R::start);
        assertThat(index.overlapping(from, to)).containsExactlyInAnyOrderElementsOf(
                ranges.stream().filter(r -> r.start() < to && r.end() > from).toList());
        assertThat(index.touching(from, to)).containsExactlyInAnyOrderElementsOf(
                ranges.stream().filter(r -> r.start() <= to && r.end() >= from).toList());
        assertThat(index.overlapping(from, to)).isSortedAccordingTo(byStart);
    }

    @Property(tries = 300)
    void aChangedIndexAnswersAsOneBuiltAnewFromTheChangedRanges(
            @ForAll @Size(max = 40) List<@IntRange(min = 0, max = 200) Integer> starts,
            @ForAll @Size(max = 10) List<@IntRange(min = 0, max = 200) Integer> addedStarts,
            @ForAll @IntRange(min = 0, max = 7) int removeEvery, @ForAll @IntRange(min = -5, max = 250) int from) {
        List<R> ranges = new ArrayList<>();
        for (int s : starts) {
            ranges.add(new R(s, s + s % 17));
        }
        List<R> removed = new ArrayList<>();
        for (int i = 0; removeEvery > 0 && i < ranges.size(); i += removeEvery) {
            removed.add(ranges.get(i));
        }
        List<R> added = addedStarts.stream().map(s -> new R(s, s + 5)).toList();
        List<R> after = new ArrayList<>(ranges);
        after.removeIf(r -> removed.stream().anyMatch(x -> x == r));
        after.addAll(added);

        RangeIndex<R> changed = new RangeIndex<>(ranges, R::start, R::end).changed(removed, added);

        assertThat(changed.size()).isEqualTo(after.size());
        assertThat(changed.overlapping(from, from + 30)).containsExactlyInAnyOrderElementsOf(
                after.stream().filter(r -> r.start() < from + 30 && r.end() > from).toList())
                .isSortedAccordingTo(Comparator.comparingInt(R::start));
    }
}
