package org.glossa.core;

/**
 * An expected failure with a message meant for the user: one short sentence that says what
 * went wrong and, where it can, what to do. Front ends show the message, not a stack trace.
 */
public class GlossaException extends RuntimeException {
    public GlossaException(String message) {
        super(message);
    }

    public GlossaException(String message, Throwable cause) {
        super(message, cause);
    }
}
