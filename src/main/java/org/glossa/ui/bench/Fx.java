package org.glossa.ui.bench;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import javafx.application.Platform;
import javafx.scene.Scene;
import org.glossa.ui.Displays;
import org.glossa.ui.FramePainted;

/**
 * The bench thread's handle on the FX thread: start the toolkit (headless when there is no
 * display), run code there and wait for painted frames. Waiting here is the measurement.
 */
final class Fx {
    private static final long TIMEOUT_S = 120;

    private Fx() {
    }

    static void start() throws InterruptedException {
        Displays.useHeadlessIfNone();
        CountDownLatch started = new CountDownLatch(1);
        try {
            Platform.startup(started::countDown);
        } catch (IllegalStateException alreadyRunning) {
            started.countDown(); // a test JVM may have started the toolkit already
        }
        Platform.setImplicitExit(false);
        started.await(TIMEOUT_S, TimeUnit.SECONDS);
    }

    /** Runs {@code work} on the FX thread and returns its result. */
    static <T> T call(Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Exception | Error e) {
                result.completeExceptionally(e);
            }
        });
        return await(result);
    }

    static void run(Runnable work) throws Exception {
        call(() -> {
            work.run();
            return null;
        });
    }

    /**
     * Runs {@code change} on the FX thread; {@code change} calls its argument (at once, or later
     * when its work is committed) and the frame after that is awaited. Returns its nanoTime.
     */
    static long changeAndPaint(Scene scene, Consumer<Runnable> change) throws Exception {
        CompletableFuture<Long> painted = new CompletableFuture<>();
        LongConsumer done = painted::complete;
        Platform.runLater(() -> {
            try {
                change.accept(() -> FramePainted.next(scene, done));
            } catch (RuntimeException | Error e) {
                painted.completeExceptionally(e);
            }
        });
        return await(painted);
    }

    /** On the FX thread: completes {@code painted} with the first painted frame after which {@code shown} holds. */
    static void paintedWhen(Scene scene, java.util.function.BooleanSupplier shown, CompletableFuture<Long> painted) {
        Runnable[] check = new Runnable[1];
        check[0] = () -> FramePainted.next(scene, t -> {
            if (shown.getAsBoolean()) {
                painted.complete(t);
            } else if (!painted.isDone()) {
                check[0].run();
            }
        });
        check[0].run();
    }

    static <T> T await(CompletableFuture<T> future) throws Exception {
        try {
            return future.get(TIMEOUT_S, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception ex ? ex : e;
        } catch (TimeoutException e) {
            throw new IllegalStateException("the window did not paint within " + TIMEOUT_S + " s", e);
        }
    }
}
