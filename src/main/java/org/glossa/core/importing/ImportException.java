package org.glossa.core.importing;

import org.glossa.core.GlossaException;

/** A file that cannot be imported; the message says why in one line. Nothing was stored. */
public class ImportException extends GlossaException {
    public ImportException(String message) {
        super(message);
    }

    public ImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
