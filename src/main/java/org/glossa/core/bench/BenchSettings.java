package org.glossa.core.bench;

import java.util.function.Consumer;

/**
 * How hard to measure: {@code quick} runs few repetitions (for tests; the figures are then only
 * a smoke check). {@code progress} receives one line per step so a long run shows it is alive.
 */
public record BenchSettings(boolean quick, Consumer<String> progress) {
    public BenchSettings {
        progress = progress == null ? line -> { } : progress;
    }

    /** {@code full} repetitions normally, {@code fast} with {@code --quick}. */
    public int reps(int full, int fast) {
        return quick ? fast : full;
    }

    public void say(String line) {
        progress.accept(line);
    }
}
