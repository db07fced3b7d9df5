package org.glossa.ui;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.glossa.core.export.AtomicFile;

/**
 * The window's settings, one properties file per part (the window's size and split, the reader's
 * preferences) in the config folder. Reading happens once at start; each write runs in the
 * background and replaces the file atomically (a temporary file moved over it), so a crash or a
 * full disk leaves the previous settings whole.
 */
public final class SettingsStore {
    private final Path configDir;
    private final Background background;

    public SettingsStore(Path configDir, Background background) {
        this.configDir = configDir;
        this.background = background;
    }

    /** The settings called {@code name}; empty when there are none yet or the file cannot be read. */
    public Properties read(String name) {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file(name))) {
            p.load(in);
        } catch (IOException | IllegalArgumentException e) {
            // first run, or an unreadable file: the defaults it is
        }
        return p;
    }

    /** Saves the settings called {@code name} in the background (a copy is taken now). */
    public void write(String name, Properties values) {
        Properties copy = new Properties();
        copy.putAll(values);
        background.submit(() -> {
            writeNow(name, copy);
            return null;
        }, ignored -> { }, failure -> Logs.info("settings not saved: " + failure.getMessage()));
    }

    private void writeNow(String name, Properties values) throws IOException {
        Files.createDirectories(configDir);
        AtomicFile.write(file(name), out -> values.store(out, "Glossa " + name + " settings"));
    }

    private Path file(String name) {
        return configDir.resolve(name + ".properties");
    }
}
