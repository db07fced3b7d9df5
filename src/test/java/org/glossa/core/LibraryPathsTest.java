package org.glossa.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LibraryPathsTest {
    private static final String HOME = "/home/ada";

    private static Path library(Map<String, String> env, String os) {
        return new LibraryPaths(env, os, HOME).defaultLibrary();
    }

    @Test
    void linuxUsesXdgDataHome() {
        assertThat(library(Map.of("XDG_DATA_HOME", "/data/ada"), "Linux"))
                .isEqualTo(Path.of("/data/ada", "glossa", "library.sqlite"));
    }

    @Test
    void linuxWithoutXdgDataHomeUsesLocalShare() {
        assertThat(library(Map.of(), "Linux")).isEqualTo(Path.of(HOME, ".local/share", "glossa", "library.sqlite"));
    }

    @Test
    void aRelativeOrBlankXdgDataHomeIsIgnored() {
        Path fallback = Path.of(HOME, ".local/share", "glossa", "library.sqlite");
        assertThat(library(Map.of("XDG_DATA_HOME", "relative/data"), "Linux")).isEqualTo(fallback);
        assertThat(library(Map.of("XDG_DATA_HOME", "  "), "Linux")).isEqualTo(fallback);
    }

    @Test
    void glossaLibraryOverridesTheDataFolderOnEveryPlatform() {
        for (String os : new String[] {"Linux", "Mac OS X", "Windows 11"}) {
            assertThat(library(Map.of(LibraryPaths.ENV_LIBRARY, "/tmp/mine.sqlite", "XDG_DATA_HOME", "/data"), os))
                    .as(os).isEqualTo(Path.of("/tmp/mine.sqlite"));
        }
    }

    @Test
    void aBlankGlossaLibraryIsIgnored() {
        assertThat(library(Map.of(LibraryPaths.ENV_LIBRARY, " ", "XDG_DATA_HOME", "/data"), "Linux"))
                .isEqualTo(Path.of("/data", "glossa", "library.sqlite"));
    }

    @Test
    void macUsesApplicationSupport() {
        assertThat(library(Map.of("XDG_DATA_HOME", "/data"), "Mac OS X"))
                .isEqualTo(Path.of(HOME, "Library", "Application Support", "Glossa", "library.sqlite"));
    }

    @Test
    void windowsUsesAppData() {
        String appData = "C:\\Users\\ada\\AppData\\Roaming";
        assertThat(library(Map.of("APPDATA", appData), "Windows 10"))
                .isEqualTo(Path.of(appData, "Glossa", "library.sqlite"));
    }
}
