package org.glossa.ui.bench;

import java.util.List;
import org.glossa.core.bench.BenchSection;

/** The parts of {@code glossa bench} that need JavaFX: reading figures, a large library and start-up. */
public final class WindowBench {
    private WindowBench() {
    }

    public static List<BenchSection> sections() {
        return List.of(new ReadingBench(), new LibraryBench(), new StartupBench());
    }
}
