package org.glossa.core.bench;

import java.util.Locale;

/**
 * One measured budget: Glossa's figure and the baseline's, taken in the same run on the same
 * data, so their ratio means something even on a busy machine.
 */
public record Figure(String section, String name, String unit, double glossa, double baseline, Budget budget,
                     String baselineLabel) {

    /** Glossa divided by the baseline; NaN without a usable baseline. */
    public double ratio() {
        return baseline > 0 ? glossa / baseline : Double.NaN;
    }

    public boolean ok() {
        return budget.accepts(glossa, ratio(), baseline);
    }

    /** "ok", "OVER", or "ok (ratio)" where the bare baseline itself is over the absolute limit. */
    public String verdict() {
        if (!ok()) {
            return "OVER";
        }
        return budget.limitOutOfReach(baseline) && glossa >= budget.below() ? "ok (ratio)" : "ok";
    }

    static String format(double v) {
        if (Double.isNaN(v)) {
            return "-";
        }
        return String.format(Locale.ROOT, v >= 100 ? "%.0f" : v >= 10 ? "%.1f" : "%.2f", v);
    }

    public String glossaText() {
        return format(glossa) + " " + unit;
    }

    public String baselineText() {
        return format(baseline) + " " + unit;
    }

    public String ratioText() {
        return Double.isNaN(ratio()) ? "-" : String.format(Locale.ROOT, "%.2fx", ratio());
    }
}
