package org.glossa.ui;

import java.lang.management.ManagementFactory;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * With {@code -Dglossa.reportFirstFrame=true}, prints {@code glossa-first-frame-ms=N} once the
 * window's first frame is painted: N counts from {@code -Dglossa.launchedAt} (epoch ms, set by
 * the launcher; the process start time the OS reports is about a second off here), else from
 * the JVM's start. {@code glossa bench} reads that line from a child JVM. With
 * {@code -Dglossa.exitAfterFirstFrame=true} the application then quits: the launcher starts the
 * window that way once, to record which classes a start needs (its class-data archive).
 */
public final class StartupReport {
    public static final String LINE_PREFIX = "glossa-first-frame-ms=";

    private StartupReport() {
    }

    public static boolean wanted() {
        return Boolean.getBoolean("glossa.reportFirstFrame") || Boolean.getBoolean("glossa.exitAfterFirstFrame");
    }

    /** Call on the FX thread right after the stage is shown. */
    public static void afterFirstFrame(Scene scene) {
        long launched = Long.getLong("glossa.launchedAt", ManagementFactory.getRuntimeMXBean().getStartTime());
        FramePainted.next(scene, painted -> {
            if (Boolean.getBoolean("glossa.reportFirstFrame")) {
                System.out.println(LINE_PREFIX + (System.currentTimeMillis() - launched));
                System.out.flush();
            }
            if (Boolean.getBoolean("glossa.exitAfterFirstFrame")) {
                Platform.exit();
            }
        });
    }
}
