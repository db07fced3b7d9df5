package org.glossa.ui;

import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicReference;
import org.glossa.core.GlossaException;
import org.glossa.core.Library;
import org.glossa.core.LibraryLock;
import org.glossa.core.store.LibraryDamagedException;
import org.glossa.ui.library.DocumentsViewModel;

/**
 * What the window needs from the disk before it can show anything: the library opened (lock,
 * migrations; the check of the file and the backup run behind the open) and the first document read. {@link #beginAtLaunch} starts that
 * on a thread of its own before JavaFX starts, so the two overlap instead of adding up; the
 * application then {@link #take}s the result, or loads it then and there when nothing was
 * started for its file (tests start the application class directly).
 */
final class StartupLoad {
    /** The outcome: a library with its first view, or why there is none. */
    record Result(LibraryLock lock, Library library, DocumentsViewModel.FirstView firstView,
                  LibraryDamagedException damaged, String error) {
        /** Gives back what an unused result holds. */
        void close() {
            if (library != null) {
                library.close();
            }
            if (lock != null) {
                lock.close();
            }
        }
    }

    /** The one load started at launch, waiting for the application to take it. */
    private static final AtomicReference<StartupLoad> STARTED = new AtomicReference<>();

    private final Path file;
    private final FutureTask<Result> task;

    private StartupLoad(Path file) {
        this.file = file;
        // the log file is opened here too, off the path to the first frame
        this.task = new FutureTask<>(() -> {
            Logs.start();
            return load(file);
        });
    }

    /** Starts loading {@code file} in the background; call before the toolkit starts. */
    static void beginAtLaunch(Path file) {
        StartupLoad load = new StartupLoad(file);
        Thread t = new Thread(load.task, "glossa-startup");
        t.setDaemon(true);
        t.start();
        StartupLoad earlier = STARTED.getAndSet(load);
        if (earlier != null) {
            earlier.result().close();
        }
    }

    /** The load started for {@code file} at launch, else one done now (blocks: not on the FX thread). */
    static Result take(Path file) {
        StartupLoad started = STARTED.getAndSet(null);
        if (started != null) {
            if (started.file.equals(file)) {
                return started.result();
            }
            started.result().close();
        }
        return load(file);
    }

    private Result result() {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(null, null, null, null, "Glossa was interrupted while opening " + file + ".");
        } catch (ExecutionException e) {
            throw new IllegalStateException("opening the library failed", e.getCause());
        }
    }

    /** Opens the library and reads the first view; expected failures become a message. */
    static Result load(Path file) {
        LibraryLock lock = null;
        try {
            lock = LibraryLock.acquire(file);
            // a large library's check takes a second or more: the window shows it meanwhile, and
            // the first change waits for the check (GlossaApp offers the backups if it fails)
            Library library = Library.openCheckingInBackground(file, null);
            try {
                return new Result(lock, library, DocumentsViewModel.readFirstView(library), null, null);
            } catch (GlossaException e) {
                // a read that fails may be the damage the check is about to report
                try {
                    library.requireSound();
                } catch (LibraryDamagedException damaged) {
                    library.close();
                    throw damaged;
                }
                // the window can still open and read its list later; it reports errors there
                return new Result(lock, library, null, null, null);
            }
        } catch (LibraryDamagedException e) {
            closeQuietly(lock);
            return new Result(null, null, null, e, e.getMessage());
        } catch (GlossaException e) {
            closeQuietly(lock);
            return new Result(null, null, null, null, e.getMessage());
        } catch (RuntimeException | Error e) {
            closeQuietly(lock);
            throw e;
        }
    }

    private static void closeQuietly(LibraryLock lock) {
        if (lock != null) {
            lock.close();
        }
    }
}
