package org.glossa.ui.tagmap;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The heat map's shading, without a window. */
class TagMapViewModelTest {
    @Test
    void emptyCellsAreBlankAndTheLargestIsFull() {
        assertThat(TagMapViewModel.shade(0, 10)).isZero();
        assertThat(TagMapViewModel.shade(0, 0)).isZero();
        assertThat(TagMapViewModel.shade(10, 10)).isEqualTo(1.0);
    }

    @Test
    void oneMentionBesideManyStillShows() {
        assertThat(TagMapViewModel.shade(1, 1000)).isGreaterThanOrEqualTo(0.12);
        assertThat(TagMapViewModel.shade(25, 100)).isEqualTo(0.5);
        assertThat(TagMapViewModel.shade(50, 100)).isGreaterThan(TagMapViewModel.shade(25, 100));
    }
}
