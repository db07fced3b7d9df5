package org.glossa.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.glossa.core.LibraryPaths;

/** The window's log file (in the state folder), for bug reports: Help > Open log folder. */
public final class Logs {
    private static final Logger LOG = Logger.getLogger("org.glossa");
    private static boolean started;

    private Logs() {
    }

    /** The folder the log is written to; {@code glossa.logDir} moves it (tests). */
    public static Path folder() {
        String override = System.getProperty("glossa.logDir");
        return override != null ? Path.of(override) : LibraryPaths.system().logDir();
    }

    static synchronized void start() {
        if (started) {
            return;
        }
        started = true;
        try {
            Files.createDirectories(folder());
            FileHandler handler = new FileHandler(folder().resolve("glossa.log").toString(), 1_000_000, 3, true);
            handler.setFormatter(new SimpleFormatter());
            LOG.addHandler(handler);
            Thread.setDefaultUncaughtExceptionHandler((t, e) -> error("uncaught on " + t.getName(), e));
        } catch (IOException e) {
            // without a log file Glossa still works; messages go to the console
        }
    }

    public static void error(String what, Throwable e) {
        LOG.log(Level.SEVERE, what, e);
    }

    public static void info(String what) {
        LOG.info(what);
    }
}
