package org.glossa.core.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.glossa.core.bench.BenchSettings;
import org.glossa.core.bench.Figure;
import org.junit.jupiter.api.Test;

/** The sync section of the bench: requests stay the same however many annotations the class has. */
class SyncBenchTest {
    @Test
    void aSyncCostsTheSameRequestsForAClassFourTimesTheSize() throws Exception {
        List<String> progress = new ArrayList<>();
        List<Figure> figures = new SyncBench().run(new BenchSettings(true, progress::add));
        assertThat(figures).extracting(Figure::name).hasSize(4);
        Figure idle = figures.get(1);
        Figure one = figures.get(3);
        assertThat(idle.glossa()).isEqualTo(2);
        assertThat(idle.baseline()).isEqualTo(2);
        assertThat(one.glossa()).isEqualTo(one.baseline()).isLessThanOrEqualTo(4);
        assertThat(figures).allSatisfy(f -> assertThat(f.glossa()).isPositive());
        assertThat(progress).anySatisfy(p -> assertThat(p).contains("8000 annotations"));
    }
}
