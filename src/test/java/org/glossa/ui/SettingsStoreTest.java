package org.glossa.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.glossa.ui.reader.ReaderSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's settings: one store, each file replaced whole, written through the background. */
class SettingsStoreTest {
    @TempDir
    Path dir;

    @Test
    void readerPreferencesAndWindowStateComeBackFromTheirFilesWithNoTemporaryFileLeft() throws Exception {
        SettingsStore store = new SettingsStore(dir.resolve("config"), new SameThreadBackground());
        ReaderSettings chosen = ReaderSettings.defaults().withFontSize(23).withColorByTag(true);
        Properties window = new Properties();
        window.setProperty("width", "900.0");

        store.write("reader", chosen.toProperties());
        store.write("window", window);

        SettingsStore again = new SettingsStore(dir.resolve("config"), new SameThreadBackground());
        assertThat(ReaderSettings.from(again.read("reader"))).isEqualTo(chosen);
        assertThat(again.read("window").getProperty("width")).isEqualTo("900.0");
        try (var files = Files.list(dir.resolve("config"))) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("reader.properties", "window.properties");
        }
    }

    @Test
    void anUnreadableFileGivesTheDefaults() throws Exception {
        Path config = Files.createDirectories(dir.resolve("config"));
        Files.writeString(config.resolve("reader.properties"), "fontSize=\\u12", StandardCharsets.ISO_8859_1);

        Properties read = new SettingsStore(config, new SameThreadBackground()).read("reader");

        assertThat(ReaderSettings.from(read)).isEqualTo(ReaderSettings.defaults());
    }
}
