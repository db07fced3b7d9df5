package org.glossa.core;

import java.nio.file.Path;

/** Hears about a batch import as it goes; called on the importing thread. */
public interface ImportProgress {
    /** File {@code index} (1-based) of {@code total} is about to be imported. */
    void starting(int index, int total, Path file);

    /** File {@code index} is done: imported, duplicate, or failed. */
    void finished(int index, int total, BatchResult.Outcome outcome);

    /** File {@code index} of {@code total} has {@code done} of its {@code parts} pages or chapters read. */
    default void reading(int index, int total, int done, int parts) {
    }

    ImportProgress NONE = new ImportProgress() {
        @Override
        public void starting(int index, int total, Path file) {
        }

        @Override
        public void finished(int index, int total, BatchResult.Outcome outcome) {
        }
    };
}
