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
}
