package org.glossa.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The one way the window does slow work: work runs off the JavaFX thread, its result (or its
 * failure) comes back on the JavaFX thread. The real one is {@link LibraryWriter}, the library's
 * ordered single writer; long jobs (PDF export, big imports) go to {@link #longJobs()}, so an
 * interactive save never waits behind them. Tests use a same-thread twin.
 */
public interface Background extends AutoCloseable {
    /**
     * Runs {@code work} in the background; hands its result to {@code then}, or its failure to
     * {@code failed}, on the FX thread.
     */
    <T> void submit(Callable<T> work, Consumer<T> then, Consumer<Throwable> failed);

    /** Reports a failure of background work to the user (one line in the status line). */
    void report(Throwable failure);

    /** The one way back to the FX thread: runs {@code update} there (progress from background work, say). */
    void onFx(Runnable update);

    /** Runs {@code then} on the FX thread once everything submitted before it has finished. */
    void whenDone(Runnable then);

    /** Where long jobs run, beside the interactive work: PDF export, big imports. */
    Background longJobs();

    /** Lets all queued work finish, however long that takes, then stops. */
    @Override
    void close();

    /** Runs {@code work} in the background and hands its result to {@code then} on the FX thread. */
    default <T> void run(Callable<T> work, Consumer<T> then) {
        submit(work, then, this::report);
    }

    /**
     * Like {@link #run(Callable, Consumer)}, and if the work fails {@code undo} runs on the FX
     * thread first (to take back what the window showed ahead of the commit), then the failure is
     * reported as usual.
     */
    default <T> void run(Callable<T> work, Consumer<T> then, Runnable undo) {
        submit(work, then, failure -> {
            undo.run();
            report(failure);
        });
    }

    /** Runs work whose only result is that it is done. */
    default void run(Runnable work) {
        run(() -> {
            work.run();
            return null;
        }, ignored -> { });
    }
}
