package org.glossa.core.sync;

import org.glossa.core.GlossaException;

/** A remote that cannot be reached or refuses: one line that says what to do. */
public class RemoteException extends GlossaException {
    public RemoteException(String message) {
        super(message);
    }

    public RemoteException(String message, Throwable cause) {
        super(message, cause);
    }

    /** A conditional write found the file changed since it was read. */
    public static final class Changed extends RemoteException {
        public Changed(String path) {
            super(path + " changed on the remote while Glossa was writing it.");
        }
    }
}
