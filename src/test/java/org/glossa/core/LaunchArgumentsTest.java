package org.glossa.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which launch arguments name the library and which name something to open (a file manager passes bundles this way). */
class LaunchArgumentsTest {
    @Test
    void bundlesAndLinksAreOpenedInTheOrderGiven() {
        assertThat(LaunchArguments.parse(List.of("/home/ana/Week 3.glossa", "glossa://doc/abc", "notes.GLOSSA")).toOpen())
                .containsExactly("/home/ana/Week 3.glossa", "glossa://doc/abc", "notes.GLOSSA");
    }

    @Test
    void theLibraryOptionAndItsValueAreNotOpened() {
        LaunchArguments parsed = LaunchArguments.parse(List.of("--library", "class.glossa", "-l", "x.glossa",
                "--library=lib.glossa", "-ly.glossa", "week.glossa"));
        assertThat(parsed.toOpen()).containsExactly("week.glossa");
        assertThat(parsed.library()).contains(Path.of("class.glossa"));
        assertThat(parsed.wantsWindow()).isTrue();
        assertThat(LaunchArguments.parse(List.of()).toOpen()).isEmpty();
    }

    @Test
    void everySpellingOfTheLibraryOptionNamesTheLibrary() {
        for (List<String> args : List.of(List.of("--library", "a.sqlite"), List.of("--library=a.sqlite"),
                List.of("-l", "a.sqlite"), List.of("-l=a.sqlite"), List.of("-la.sqlite"))) {
            assertThat(LaunchArguments.parse(args).library()).as(args.toString()).contains(Path.of("a.sqlite"));
        }
        assertThat(LaunchArguments.parse(List.of("-l")).library()).isEmpty();
        assertThat(LaunchArguments.parse(List.of("list", "--library", "a.sqlite")).rest()).containsExactly("list");
    }
}
