package org.glossa.ui;

import java.lang.management.ManagementFactory;
import javafx.scene.Scene;

/**
 * With {@code -Dglossa.reportFirstFrame=true}, prints {@code glossa-first-frame-ms=N} once the
 * window's first frame is painted: N counts from {@code -Dglossa.launchedAt} (epoch ms, set by
 * the launcher; the process start time the OS reports is about a second off here), else from
 * the JVM's start. {@code glossa bench} reads that line from a child JVM.
 */
public final class StartupReport {
    public static final String LINE_PREFIX = "glossa-first-frame-ms=";

    private StartupReport() {
    }

    public static boolean wanted() {
        return Boolean.getBoolean("glossa.reportFirstFrame");
    }

    /** Call on the FX thread right after the stage is shown. */
    public static void afterFirstFrame(Scene scene) {
        long launched = Long.getLong("glossa.launchedAt", ManagementFactory.getRuntimeMXBean().getStartTime());
        FramePainted.next(scene, painted -> {
            System.out.println(LINE_PREFIX + (System.currentTimeMillis() - launched));
            System.out.flush();
        });
    }
}
