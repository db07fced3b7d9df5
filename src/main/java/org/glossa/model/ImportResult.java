package org.glossa.model;

/** What importing one file did: a new document, or one that was already in the library. */
public record ImportResult(long id, String title, Status status) {
    public enum Status { IMPORTED, DUPLICATE }
}
