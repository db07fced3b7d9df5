package org.glossa.core.packet;

import org.glossa.core.GlossaException;

/** A bundle that cannot be opened; the message is one line that says what is wrong with it. */
public final class BundleException extends GlossaException {
    public BundleException(String message) {
        super("This .glossa bundle cannot be opened: " + message);
    }
}
