package org.glossa.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.glossa.core.GlossaException;

/**
 * Runs queries typed as the user types (search, claims filter, tag overview): only the answer
 * to the latest query is handed on, so a slow answer to "stro" never replaces the one for
 * "strong". A query the library rejects (bad syntax, unknown collection) comes back as its
 * message, to show beside the field rather than as an error dialog.
 */
public final class LatestAnswer {
    private final Background background;
    private long generation;

    public LatestAnswer(Background background) {
        this.background = background;
    }

    public <T> void ask(Callable<T> query, Consumer<T> answer, Consumer<String> rejected) {
        long mine = ++generation;
        background.run(() -> {
            try {
                return new Object[] {query.call(), null};
            } catch (GlossaException e) {
                return new Object[] {null, e.getMessage()};
            }
        }, result -> {
            if (mine != generation) {
                return;
            }
            if (result[1] != null) {
                rejected.accept((String) result[1]);
            } else {
                @SuppressWarnings("unchecked")
                T value = (T) result[0];
                answer.accept(value);
            }
        });
    }

    /** Forgets any query still running (e.g. the field was cleared). */
    public void cancel() {
        generation++;
    }
}
