package org.glossa.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The same-thread twin of {@link LibraryWriter} for view-model tests without a window: work and
 * its result run at once, on the caller's thread. {@link #failNext} makes the next piece of work
 * fail as a write that throws would.
 */
public final class SameThreadBackground implements Background {
    private final List<Throwable> reported = new ArrayList<>();
    private RuntimeException nextFailure;

    /** The next submitted work throws {@code failure} instead of running. */
    public void failNext(RuntimeException failure) {
        nextFailure = failure;
    }

    /** The failures reported to the user so far. */
    public List<Throwable> reported() {
        return reported;
    }

    @Override
    public <T> void submit(Callable<T> work, Consumer<T> then, Consumer<Throwable> failed) {
        T result;
        try {
            if (nextFailure != null) {
                RuntimeException failure = nextFailure;
                nextFailure = null;
                throw failure;
            }
            result = work.call();
        } catch (Exception | Error e) {
            failed.accept(e);
            return;
        }
        then.accept(result);
    }

    @Override
    public void report(Throwable failure) {
        reported.add(failure);
    }

    @Override
    public void onFx(Runnable update) {
        update.run();
    }

    @Override
    public void whenDone(Runnable then) {
        then.run();
    }

    @Override
    public Background longJobs() {
        return this;
    }

    @Override
    public void close() {
        // nothing is ever queued
    }
}
