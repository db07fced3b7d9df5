package org.glossa.core.bench;

import java.util.Arrays;

/** Order statistics of a set of timings (nearest-rank percentiles). */
public final class Stats {
    private Stats() {
    }

    public static double percentile(double[] values, double p) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    public static double p50(double[] values) {
        return percentile(values, 50);
    }

    public static double p95(double[] values) {
        return percentile(values, 95);
    }

    public static double best(double[] values) {
        return Arrays.stream(values).min().orElse(Double.NaN);
    }

    /** Nanoseconds to milliseconds. */
    public static double ms(long nanos) {
        return nanos / 1e6;
    }
}
