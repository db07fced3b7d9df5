package org.glossa.model;

import java.time.OffsetDateTime;

/** A Markdown memo about the library, a document or a tag, by one author. */
public record Memo(
        String id,
        MemoTarget target,
        String title,
        String body,
        String author,
        OffsetDateTime created,
        OffsetDateTime modified) {

    public Memo {
        title = title == null ? "" : title;
        body = body == null ? "" : body;
    }

    public Memo withText(String newTitle, String newBody, OffsetDateTime at) {
        return new Memo(id, target, newTitle, newBody, author, created, at);
    }
}
