package org.glossa;

import java.util.Locale;
import org.glossa.cli.GlossaCli;
import org.glossa.ui.GlossaApp;

/**
 * The one entry point: no subcommand opens the window, anything else runs the command line.
 * It is the only class that knows both front ends; it must not extend {@code Application}.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (GlossaCli.wantsWindow(args)) {
            if (!hasDisplay()) {
                System.err.println("glossa: no display to open the window on; use the command line instead"
                        + " (glossa --help).");
                System.exit(1);
            }
            GlossaApp.launchWindow(args);
            return;
        }
        System.exit(GlossaCli.run(args));
    }

    private static boolean hasDisplay() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win") || os.contains("mac")) {
            return true;
        }
        return notBlank(System.getenv("DISPLAY")) || notBlank(System.getenv("WAYLAND_DISPLAY"));
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
