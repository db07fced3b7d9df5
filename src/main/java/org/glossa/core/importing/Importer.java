package org.glossa.core.importing;

import java.util.function.BooleanSupplier;
import org.glossa.model.ImportedDocument;

/** Reads one document format into normalised text and structure. */
public interface Importer {
    /**
     * @param bytes    the whole file
     * @param fileName the file's name, for a fallback title; may be empty
     * @throws ImportException when the bytes are not a readable document of this format
     */
    ImportedDocument read(byte[] bytes, String fileName) throws ImportException;

    /**
     * Reads as {@link #read(byte[], String)} does, telling {@code progress} how many parts (pages,
     * chapters) are done and stopping with {@link ImportCancelledException} once {@code cancelled}
     * says so. A format read in one go reports one part of one, after asking once.
     */
    default ImportedDocument read(byte[] bytes, String fileName, Progress progress, BooleanSupplier cancelled)
            throws ImportException {
        stopIfCancelled(cancelled);
        ImportedDocument doc = read(bytes, fileName);
        progress.advanced(1, 1);
        return doc;
    }

    /** Stops a reading in parts between two parts once {@code cancelled} says so. */
    static void stopIfCancelled(BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) {
            throw new ImportCancelledException();
        }
    }

    /** Hears how far an import is; called on the importing thread. */
    @FunctionalInterface
    interface Progress {
        Progress NONE = (done, total) -> {
        };

        /** {@code done} of {@code total} parts (pages, chapters) are read. */
        void advanced(int done, int total);
    }
}
