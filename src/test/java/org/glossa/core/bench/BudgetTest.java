package org.glossa.core.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How a figure is judged against its budget, beside the baseline of the same run. */
class BudgetTest {
    private static Figure frame(double glossa, double bare) {
        return new Figure("reading", "page down", "ms", glossa, bare,
                Budget.both(Budget.FRAME_MS, Budget.READING_RATIO), "bare area");
    }

    @Test
    void whereTheBareControlMeetsTheFrameBothLimitsJudge() {
        assertThat(frame(12, 10).verdict()).isEqualTo("ok");
        // within the ratio but over one frame, on a machine where the bare control keeps to it
        assertThat(frame(17, 15).verdict()).isEqualTo("OVER");
        assertThat(frame(14, 10).verdict()).isEqualTo("OVER");
    }

    @Test
    void whereTheBareControlItselfMissesTheFrameOnlyTheRatioCanJudge() {
        assertThat(frame(120, 130).verdict()).isEqualTo("ok (ratio)");
        assertThat(frame(120, 130).ok()).isTrue();
        assertThat(frame(200, 130).verdict()).isEqualTo("OVER");
    }

    @Test
    void aBudgetWithOnlyAnAbsoluteLimitIsAlwaysJudgedByIt() {
        Figure open = new Figure("library", "open", "ms", 350, 400, Budget.below(300), "bare list");
        assertThat(open.verdict()).isEqualTo("OVER");
        assertThat(new Figure("library", "open", "ms", 250, 400, Budget.below(300), "bare list").verdict())
                .isEqualTo("ok");
    }
}
