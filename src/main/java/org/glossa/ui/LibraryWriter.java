package org.glossa.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * The library's ordered single writer: work runs on one background thread in the order it was
 * submitted (so writes keep their order and the window never waits on the disk), results come
 * back on the JavaFX thread. Long jobs have a thread of their own.
 */
public final class LibraryWriter implements Background {
    private final ExecutorService worker;
    private final Consumer<Throwable> onError;
    private final String threadName;
    private LibraryWriter longJobs;
    private boolean closing;

    public LibraryWriter(Consumer<Throwable> onError) {
        this(onError, "glossa-library");
    }

    private LibraryWriter(Consumer<Throwable> onError, String threadName) {
        this.onError = onError;
        this.threadName = threadName;
        worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public <T> void submit(Callable<T> work, Consumer<T> then, Consumer<Throwable> failed) {
        if (worker.isShutdown()) {
            return; // the window has closed and its edits were flushed before; nothing new is started
        }
        worker.execute(() -> {
            try {
                T result = work.call();
                onFx(() -> then.accept(result));
            } catch (Exception | Error e) {
                onFx(() -> failed.accept(e));
            }
        });
    }

    @Override
    public void report(Throwable failure) {
        onError.accept(failure);
    }

    @Override
    public void onFx(Runnable update) {
        Platform.runLater(update);
    }

    @Override
    public void whenDone(Runnable then) {
        submit(() -> null, ignored -> then.run(), failure -> then.run());
    }

    @Override
    public synchronized Background longJobs() {
        if (longJobs == null) {
            longJobs = new LibraryWriter(onError, threadName + "-long-jobs");
            if (closing) {
                longJobs.close();
            }
        }
        return longJobs;
    }

    /** Lets every queued write finish, however long it takes (quitting waits for them), then stops. */
    @Override
    public void close() {
        LibraryWriter jobs;
        synchronized (this) {
            closing = true;
            jobs = longJobs;
        }
        worker.shutdown();
        boolean interrupted = false;
        while (!worker.isTerminated()) {
            try {
                worker.awaitTermination(1, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (jobs != null) {
            jobs.close();
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
