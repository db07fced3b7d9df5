package org.glossa.ui;

import java.util.Locale;

/**
 * Whether JavaFX has somewhere to draw: a desktop session, or Monocle's headless screen (the
 * tests and {@code glossa bench} on a machine with no display).
 */
public final class Displays {
    private Displays() {
    }

    public static boolean available() {
        if ("Monocle".equals(System.getProperty("glass.platform"))) {
            return true;
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win") || os.contains("mac")) {
            return true;
        }
        return notBlank(System.getenv("DISPLAY")) || notBlank(System.getenv("WAYLAND_DISPLAY"));
    }

    /**
     * With no display, points JavaFX at Monocle's headless screen with software rendering. Only
     * has an effect before the toolkit starts. Returns true when it did so.
     */
    public static boolean useHeadlessIfNone() {
        if (available()) {
            return false;
        }
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("java.awt.headless", "true");
        // Monocle's default headless screen (1280x800) is smaller than the bench's 1200x900 window
        System.setProperty("headless.geometry", "1920x1200-32");
        return true;
    }

    /** True when this JVM draws on Monocle's headless screen. */
    public static boolean headless() {
        return "Monocle".equals(System.getProperty("glass.platform"));
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
