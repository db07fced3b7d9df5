package org.glossa.model;

/** A stored document with its content. */
public record Document(DocumentInfo info, DocumentContent content) {
    public long id() {
        return info.id();
    }

    public String title() {
        return info.title();
    }

    public String text() {
        return content.text();
    }
}
