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
        boolean dav = LocalDavServer.unavailable() == null;
        assertThat(figures).extracting(Figure::name).hasSize(dav ? 8 : 4);
        Figure idle = figures.get(1);
        Figure one = figures.get(3);
        assertThat(idle.glossa()).isEqualTo(2);
        assertThat(idle.baseline()).isEqualTo(2);
        assertThat(one.glossa()).isEqualTo(one.baseline()).isLessThanOrEqualTo(4);
        assertThat(figures).allSatisfy(f -> assertThat(f.glossa()).isPositive());
        assertThat(progress).anySatisfy(p -> assertThat(p).contains("8000 annotations"));
        if (dav) {
            // over a real WebDAV server: the same requests as the folder remote, as few as there
            assertThat(figures.get(4).name()).contains("WebDAV");
            assertThat(figures.get(5).glossa()).isEqualTo(2).isEqualTo(figures.get(5).baseline());
            assertThat(figures.get(7).glossa()).isEqualTo(figures.get(7).baseline()).isLessThanOrEqualTo(4);
        } else {
            assertThat(progress).anySatisfy(p -> assertThat(p).startsWith("sync: WebDAV rows skipped: "));
        }
    }
}
