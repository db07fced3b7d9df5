package org.glossa.core.importing;

/** The user cancelled an import before it finished; nothing was added to the library. */
public final class ImportCancelledException extends ImportException {
    public ImportCancelledException() {
        super("The import was cancelled; nothing was added.");
    }
}
