package org.glossa.model;

/**
 * A file that a document shows besides its text, such as a picture of a book: its name inside the
 * document (a FIGURE mark's {@code href}), its media type and its bytes.
 */
public record DocumentResource(String name, String mediaType, byte[] bytes) {
    public DocumentResource {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a resource needs a name");
        }
        mediaType = mediaType == null ? "application/octet-stream" : mediaType;
        bytes = bytes == null ? new byte[0] : bytes;
    }
}
