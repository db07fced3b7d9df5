package org.glossa.ui;

import java.lang.reflect.Method;
import java.util.concurrent.Executor;
import java.util.function.LongConsumer;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Tells when what the FX thread just changed is on screen. A pulse lays the scene out (the
 * post-layout pulse listener) and then hands the frame to the render thread; a marker queued on
 * that thread behind the frame runs when the frame is drawn. Where the render thread cannot be
 * reached, the end of layout is reported instead (a slight underestimate).
 */
public final class FramePainted {
    private static final Executor RENDERER = findRenderer();

    private FramePainted() {
    }

    /** Call on the FX thread after a change; {@code then} gets {@code System.nanoTime()} on the FX thread. */
    public static void next(Scene scene, LongConsumer then) {
        boolean[] fired = {false};
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            if (fired[0]) {
                return;
            }
            fired[0] = true;
            // runs once this pulse has finished, i.e. after its frame went to the render thread
            Platform.runLater(() -> {
                scene.removePostLayoutPulseListener(listener[0]);
                afterRender(then);
            });
        };
        scene.addPostLayoutPulseListener(listener[0]);
        Platform.requestNextPulse();
    }

    private static void afterRender(LongConsumer then) {
        if (RENDERER == null) {
            then.accept(System.nanoTime());
            return;
        }
        RENDERER.execute(() -> {
            long painted = System.nanoTime();
            Platform.runLater(() -> then.accept(painted));
        });
    }

    /** JavaFX's render thread (internal, reachable because JavaFX is on the class path). */
    private static Executor findRenderer() {
        try {
            Method get = Class.forName("com.sun.javafx.tk.quantum.QuantumRenderer").getDeclaredMethod("getInstance");
            get.setAccessible(true);
            return (Executor) get.invoke(null);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
