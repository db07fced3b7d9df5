package org.glossa.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which of the window's arguments name something to open (a file manager passes bundles this way). */
class OpenArgumentsTest {
    @Test
    void bundlesAndLinksAreOpenedInTheOrderGiven() {
        assertThat(GlossaApp.openArguments(List.of("/home/ana/Week 3.glossa", "glossa://doc/abc", "notes.GLOSSA")))
                .containsExactly("/home/ana/Week 3.glossa", "glossa://doc/abc", "notes.GLOSSA");
    }

    @Test
    void theLibraryOptionAndItsValueAreNotOpened() {
        assertThat(GlossaApp.openArguments(List.of("--library", "class.glossa", "-l", "x.glossa",
                "--library=lib.sqlite", "week.glossa"))).containsExactly("week.glossa");
        assertThat(GlossaApp.openArguments(List.of())).isEmpty();
    }
}
