package org.glossa.core;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Where Glossa keeps its files on each platform (data, config, logs). */
public final class LibraryPaths {
    public static final String ENV_LIBRARY = "GLOSSA_LIBRARY";

    private final Map<String, String> env;
    private final String os;
    private final String home;

    public LibraryPaths(Map<String, String> env, String os, String home) {
        this.env = env;
        this.os = os.toLowerCase(Locale.ROOT);
        this.home = home;
    }

    public static LibraryPaths system() {
        return new LibraryPaths(System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home", "."));
    }

    /** The library a command uses when none is named: $GLOSSA_LIBRARY, else the data folder's. */
    public Path defaultLibrary() {
        String fromEnv = env.get(ENV_LIBRARY);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv);
        }
        return dataDir().resolve("library.sqlite");
    }

    public Path dataDir() {
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "Glossa");
        }
        if (os.contains("win")) {
            return Path.of(env.getOrDefault("APPDATA", home), "Glossa");
        }
        return xdg("XDG_DATA_HOME", ".local/share");
    }

    public Path configDir() {
        if (os.contains("mac") || os.contains("win")) {
            return dataDir();
        }
        return xdg("XDG_CONFIG_HOME", ".config");
    }

    public Path logDir() {
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Logs", "Glossa");
        }
        if (os.contains("win")) {
            return Path.of(env.getOrDefault("LOCALAPPDATA", home), "Glossa", "logs");
        }
        return xdg("XDG_STATE_HOME", ".local/state");
    }

    private Path xdg(String variable, String fallback) {
        String v = env.get(variable);
        Path base = v != null && !v.isBlank() && Path.of(v).isAbsolute() ? Path.of(v) : Path.of(home, fallback);
        return base.resolve("glossa");
    }
}
