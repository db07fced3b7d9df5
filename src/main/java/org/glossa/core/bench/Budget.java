package org.glossa.core.bench;

/**
 * What a figure must stay within: an absolute limit ({@code below}, in the figure's unit), a
 * limit on its ratio to the baseline, both, or neither (reported only).
 */
public record Budget(Double below, Double ratioAtMost) {
    public static final Budget NONE = new Budget(null, null);
    /** DESIGN.md: every reading figure within 1.3x of the bare control. */
    public static final double READING_RATIO = 1.3;
    /** One frame at 60 Hz, in milliseconds. */
    public static final double FRAME_MS = 1000.0 / 60;

    public static Budget below(double limit) {
        return new Budget(limit, null);
    }

    public static Budget ratio(double limit) {
        return new Budget(null, limit);
    }

    public static Budget both(double limit, double ratio) {
        return new Budget(limit, ratio);
    }

    public boolean accepts(double value, double ratio, double baseline) {
        boolean absolute = below == null || value < below || limitOutOfReach(baseline);
        boolean relative = ratioAtMost == null || (!Double.isNaN(ratio) && ratio <= ratioAtMost);
        return absolute && relative;
    }

    /**
     * Whether the absolute limit of a budget with both limits cannot be judged on this machine:
     * the bare control itself is over it (one frame's 16.7 ms under software rendering, say), so
     * the figure is judged by its ratio to that control alone.
     */
    public boolean limitOutOfReach(double baseline) {
        return below != null && ratioAtMost != null && baseline >= below;
    }

    /** For people: "< 1000 ms, <= 1.3x". */
    public String describe(String unit) {
        StringBuilder s = new StringBuilder();
        if (below != null) {
            s.append("< ").append(Figure.format(below)).append(' ').append(unit);
        }
        if (ratioAtMost != null) {
            s.append(s.length() > 0 ? ", " : "").append("<= ").append(ratioAtMost).append('x');
        }
        return s.length() == 0 ? "(report)" : s.toString();
    }
}
