package org.glossa.core.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * The three statistics against worked examples whose figures are published; each test names
 * its source. Values are written as in the source (categories from 1), and shifted to 0.. here.
 */
class TallyTest {
    private static final int M = Tally.MISSING;

    /**
     * Krippendorff, K. (2011). Computing Krippendorff's Alpha-Reliability. Annenberg School for
     * Communication, University of Pennsylvania, section C: nominal data, four observers, twelve
     * units, missing data. Published: alpha = 0.743.
     */
    @Test
    void krippendorff2011NominalFourObserversWithMissingData() {
        int[][] observers = {
                {1, 2, 3, 3, 2, 1, 4, 1, 2, M, M, M},   // A
                {1, 2, 3, 3, 2, 2, 4, 1, 2, 5, M, 3},   // B
                {M, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, M},   // C
                {1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, M}};  // D
        Tally t = units(observers, 5);

        assertThat(t.krippendorffAlpha()).isCloseTo(0.743, within(0.0005));
        assertThat(t.cohensKappa()).as("kappa is for two coders").isNaN();
    }

    /**
     * Krippendorff, K. (2004). Content Analysis: An Introduction to Its Methodology, 2nd ed.,
     * section 11.3.1: binary data, two observers (Jon and Han), ten articles, no missing data.
     * Published: alpha = 0.095 (the binary two-observer example of Krippendorff 2011 gives the
     * same 0.095).
     */
    @Test
    void krippendorff2004BinaryTwoObservers() {
        int[][] observers = {
                {1, 1, 0, 0, 0, 0, 0, 0, 0, 0},   // Jon
                {0, 1, 1, 0, 0, 1, 0, 1, 0, 0}};  // Han
        Tally t = units(observers, 2, 0);

        assertThat(t.krippendorffAlpha()).isCloseTo(0.095, within(0.0005));
        assertThat(t.percentAgreement()).isCloseTo(0.6, within(1e-12));
    }

    /**
     * Cohen, J. (1960). A Coefficient of Agreement for Nominal Scales. Educational and
     * Psychological Measurement 20(1), 37-46, the example on p. 45: two judges, 200 cases,
     * three categories. Published: p_o = .70, p_c = .41, kappa = .492.
     */
    @Test
    void cohen1960ThreeCategories() {
        long[][] table = {{88, 14, 18}, {10, 40, 10}, {2, 6, 12}};
        Tally t = contingency(table);

        assertThat(t.percentAgreement()).isCloseTo(0.70, within(1e-12));
        assertThat(t.cohensKappa()).isCloseTo(0.492, within(0.0005));
        assertThat(t.compared()).isEqualTo(200);
    }

    /**
     * Artstein, R. and Poesio, M. (2008). Inter-Coder Agreement for Computational Linguistics.
     * Computational Linguistics 34(4), 555-596, the example on p. 558 (100 utterances, STAT or
     * IReq). Published: A_o = 0.7, kappa = 0.348.
     */
    @Test
    void artsteinPoesio2008TwoCategories() {
        long[][] table = {{20, 10}, {20, 50}};
        Tally t = contingency(table);

        assertThat(t.percentAgreement()).isCloseTo(0.7, within(1e-12));
        assertThat(t.cohensKappa()).isCloseTo(0.348, within(0.0005));
    }

    @Test
    void weightsCountAsThatManyUnitsAndTalliesPool() {
        Tally once = new Tally(2, 2);
        once.add(new int[] {1, 1}, 3);
        once.add(new int[] {1, 0}, 2);
        once.add(new int[] {0, 0}, 5);
        Tally oneByOne = new Tally(2, 2);
        for (int i = 0; i < 3; i++) {
            oneByOne.add(new int[] {1, 1}, 1);
        }
        oneByOne.add(new int[] {1, 0}, 1);
        Tally rest = new Tally(2, 2);
        rest.add(new int[] {1, 0}, 1);
        rest.add(new int[] {0, 0}, 5);
        oneByOne.add(rest);

        assertThat(oneByOne.krippendorffAlpha()).isCloseTo(once.krippendorffAlpha(), within(1e-12));
        assertThat(oneByOne.cohensKappa()).isCloseTo(once.cohensKappa(), within(1e-12));
        assertThat(oneByOne.percentAgreement()).isCloseTo(0.8, within(1e-12));
    }

    @Test
    void withoutVariationNothingIsDefinedButAgreement() {
        Tally t = new Tally(2, 2);
        t.add(new int[] {0, 0}, 1000);
        t.add(new int[] {1, M}, 4);   // one coder only: not comparable

        assertThat(t.percentAgreement()).isEqualTo(1.0);
        assertThat(t.cohensKappa()).isNaN();
        assertThat(t.krippendorffAlpha()).isNaN();
        assertThat(t.compared()).isEqualTo(1000);
    }

    /** Observers' rows of values (from {@code first}), one unit per column. */
    private static Tally units(int[][] observers, int values) {
        return units(observers, values, 1);
    }

    private static Tally units(int[][] observers, int values, int first) {
        Tally t = new Tally(observers.length, values);
        for (int u = 0; u < observers[0].length; u++) {
            int[] unit = new int[observers.length];
            for (int o = 0; o < observers.length; o++) {
                unit[o] = observers[o][u] == M ? M : observers[o][u] - first;
            }
            t.add(unit, 1);
        }
        return t;
    }

    /** Two coders' table: {@code table[first coder's value][second coder's value]} = units. */
    private static Tally contingency(long[][] table) {
        Tally t = new Tally(2, table.length);
        for (int c = 0; c < table.length; c++) {
            for (int k = 0; k < table.length; k++) {
                t.add(new int[] {c, k}, table[c][k]);
            }
        }
        return t;
    }
}
