package org.glossa.core.agreement;

import java.util.Arrays;

/**
 * Reliability data for nominal values, summed as it comes: units of analysis, each with the
 * value every coder gave it (or none), each unit counted with a weight. A stretch of text whose
 * characters all had the same values from every coder is one call with its length as the
 * weight, so a long document costs one call per run of characters, not one per character.
 *
 * <p>From what was added it gives percent agreement, Cohen's kappa (two coders) and
 * Krippendorff's alpha for nominal data with any number of coders and missing values, through
 * the coincidence matrix (Krippendorff 2011, "Computing Krippendorff's Alpha-Reliability").
 * Tallies of several codes can be {@linkplain #add(Tally) pooled}.
 */
public final class Tally {
    /** A coder who gave the unit no value. */
    public static final int MISSING = -1;

    private final int coders;
    private final int values;
    /** o[c][k]: Krippendorff's coincidences of values c and k within units. */
    private final double[][] coincidences;
    /** For two coders: units both coded, by the first coder's value and the second's. */
    private final long[][] contingency;
    /** Weight of the units that two or more coders gave a value, and of those they all agreed on. */
    private long pairable;
    private long agreeing;

    /** A tally for {@code coders} coders whose values are {@code 0 .. values - 1}. */
    public Tally(int coders, int values) {
        if (coders < 2 || values < 1) {
            throw new IllegalArgumentException("A tally needs two or more coders and at least one value");
        }
        this.coders = coders;
        this.values = values;
        coincidences = new double[values][values];
        contingency = new long[values][values];
    }

    public int coders() {
        return coders;
    }

    /**
     * Adds {@code weight} units whose values are {@code byCoder} (one per coder, {@link #MISSING}
     * for none). A unit fewer than two coders valued cannot be compared and counts for nothing.
     */
    public void add(int[] byCoder, long weight) {
        if (byCoder.length != coders) {
            throw new IllegalArgumentException("Expected " + coders + " values, got " + byCoder.length);
        }
        if (weight <= 0) {
            return;
        }
        int[] count = new int[values];
        int m = 0;
        int first = MISSING;
        boolean same = true;
        for (int v : byCoder) {
            if (v == MISSING) {
                continue;
            }
            if (v < 0 || v >= values) {
                throw new IllegalArgumentException("Value " + v + " is outside 0.." + (values - 1));
            }
            count[v]++;
            m++;
            if (first == MISSING) {
                first = v;
            } else if (v != first) {
                same = false;
            }
        }
        if (m < 2) {
            return;
        }
        pairable += weight;
        if (same) {
            agreeing += weight;
        }
        // each ordered pair of values from two different coders of the unit, weighted 1 / (m - 1)
        for (int c = 0; c < values; c++) {
            if (count[c] == 0) {
                continue;
            }
            for (int k = 0; k < values; k++) {
                int pairs = count[c] * (count[k] - (c == k ? 1 : 0));
                if (pairs > 0) {
                    coincidences[c][k] += (double) weight * pairs / (m - 1);
                }
            }
        }
        if (coders == 2 && byCoder[0] != MISSING && byCoder[1] != MISSING) {
            contingency[byCoder[0]][byCoder[1]] += weight;
        }
    }

    /** Adds another tally of the same coders and values (pooling codes into one figure). */
    public void add(Tally other) {
        if (other.coders != coders || other.values != values) {
            throw new IllegalArgumentException("Only tallies of the same coders and values can be pooled");
        }
        pairable += other.pairable;
        agreeing += other.agreeing;
        for (int c = 0; c < values; c++) {
            for (int k = 0; k < values; k++) {
                coincidences[c][k] += other.coincidences[c][k];
                contingency[c][k] += other.contingency[c][k];
            }
        }
    }

    /** The weight of the units that two or more coders valued: characters compared. */
    public long compared() {
        return pairable;
    }

    /** The share of compared units on which every coder who valued it gave the same value; NaN when none. */
    public double percentAgreement() {
        return pairable == 0 ? Double.NaN : (double) agreeing / pairable;
    }

    /**
     * Cohen's kappa (Cohen 1960), {@code (p_o - p_e) / (1 - p_e)} over the units both coders
     * valued, chance from each coder's own distribution of values. NaN for more than two coders,
     * and when chance agreement is certain (both coders gave one and the same value throughout).
     */
    public double cohensKappa() {
        if (coders != 2) {
            return Double.NaN;
        }
        long n = 0;
        long diagonal = 0;
        long[] rows = new long[values];
        long[] cols = new long[values];
        for (int c = 0; c < values; c++) {
            for (int k = 0; k < values; k++) {
                long x = contingency[c][k];
                n += x;
                rows[c] += x;
                cols[k] += x;
                if (c == k) {
                    diagonal += x;
                }
            }
        }
        if (n == 0) {
            return Double.NaN;
        }
        double observed = (double) diagonal / n;
        double chance = 0;
        for (int c = 0; c < values; c++) {
            chance += ((double) rows[c] / n) * ((double) cols[c] / n);
        }
        return chance >= 1 ? Double.NaN : (observed - chance) / (1 - chance);
    }

    /**
     * Krippendorff's alpha for nominal data: {@code 1 - (n - 1) * sum(o_ck, c != k) /
     * sum(n_c * n_k, c != k)}, with {@code o} the coincidence matrix, {@code n_c} its margins and
     * {@code n} the number of pairable values. NaN when the data show one value only (no
     * variation, so no disagreement is expected by chance).
     */
    public double krippendorffAlpha() {
        double[] margins = new double[values];
        double n = 0;
        double observedOff = 0;
        for (int c = 0; c < values; c++) {
            for (int k = 0; k < values; k++) {
                margins[c] += coincidences[c][k];
                if (c != k) {
                    observedOff += coincidences[c][k];
                }
            }
            n += margins[c];
        }
        double expectedOff = 0;
        for (int c = 0; c < values; c++) {
            for (int k = 0; k < values; k++) {
                if (c != k) {
                    expectedOff += margins[c] * margins[k];
                }
            }
        }
        if (n <= 1 || expectedOff == 0) {
            return Double.NaN;
        }
        return 1 - (n - 1) * observedOff / expectedOff;
    }

    /** The coincidence matrix, a copy: {@code [c][k]}. */
    public double[][] coincidences() {
        double[][] copy = new double[values][];
        for (int c = 0; c < values; c++) {
            copy[c] = Arrays.copyOf(coincidences[c], values);
        }
        return copy;
    }
}
