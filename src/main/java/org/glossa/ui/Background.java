package org.glossa.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * The one way the window does slow work: library calls run on a single background thread (so
 * writes keep their order and the window never waits on the disk), results come back on the
 * JavaFX thread.
 */
public final class Background implements AutoCloseable {
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "glossa-library");
        t.setDaemon(true);
        return t;
    });
    private final Consumer<Throwable> onError;

    public Background(Consumer<Throwable> onError) {
        this.onError = onError;
    }

    /** Runs {@code work} in the background and hands its result to {@code then} on the FX thread. */
    public <T> void run(Callable<T> work, Consumer<T> then) {
        run(work, then, () -> { });
    }

    /**
     * Like {@link #run(Callable, Consumer)}, and if the work fails {@code undo} runs on the FX
     * thread first (to take back what the window showed ahead of the commit), then the error is
     * reported as usual.
     */
    public <T> void run(Callable<T> work, Consumer<T> then, Runnable undo) {
        if (worker.isShutdown()) {
            undo.run();
            return; // the window is closing; nothing new is started
        }
        worker.execute(() -> {
            try {
                T result = work.call();
                Platform.runLater(() -> then.accept(result));
            } catch (Exception | Error e) {
                Platform.runLater(() -> {
                    undo.run();
                    onError.accept(e);
                });
            }
        });
    }

    /** Hands an update from background work (progress, say) to the FX thread. */
    public static void toFx(Runnable update) {
        Platform.runLater(update);
    }

    /** Runs work whose only result is that it is done. */
    public void run(Runnable work) {
        run(() -> {
            work.run();
            return null;
        }, ignored -> { });
    }

    /** Lets queued writes finish (up to a few seconds), then stops the thread. */
    @Override
    public void close() {
        worker.shutdown();
        try {
            worker.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
