package org.glossa;

import java.util.List;
import java.util.function.Supplier;
import org.glossa.cli.GlossaCli;
import org.glossa.core.bench.BenchSection;
import org.glossa.ui.Displays;
import org.glossa.ui.GlossaApp;
import org.glossa.ui.bench.WindowBench;

/**
 * The one entry point: no subcommand opens the window, anything else runs the command line.
 * It is the only class that knows both front ends; it must not extend {@code Application}.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (GlossaCli.wantsWindow(args)) {
            if (!Displays.available()) {
                System.err.println("glossa: no display to open the window on; use the command line instead"
                        + " (glossa --help).");
                System.exit(1);
            }
            GlossaApp.launchWindow(args);
            return;
        }
        System.exit(GlossaCli.run(args, windowBench()));
    }

    /**
     * The window's part of {@code glossa bench}, handed to the command line as core's
     * {@link BenchSection}s: the CLI runs them without knowing JavaFX, and nothing of JavaFX is
     * loaded unless {@code bench} asks for them.
     */
    static Supplier<List<BenchSection>> windowBench() {
        return WindowBench::sections;
    }
}
