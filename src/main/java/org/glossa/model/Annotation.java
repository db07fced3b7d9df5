package org.glossa.model;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A highlight with an optional note and tags, anchored to {@code [start, end)} of a document's
 * text (UTF-16 offsets) and to its quote.
 */
public record Annotation(
        String id,
        long documentId,
        int start,
        int end,
        TextQuote quote,
        String color,
        String note,
        List<String> tags,
        String author,
        OffsetDateTime created,
        OffsetDateTime modified,
        AnchorStatus status,
        Motivation motivation) {

    public Annotation {
        note = note == null ? "" : note;
        tags = tags == null ? List.of() : List.copyOf(tags);
        status = status == null ? AnchorStatus.ANCHORED : status;
        motivation = motivation == null ? Motivation.HIGHLIGHTING : motivation;
    }

    /** A highlight (the motivation most annotations have). */
    public Annotation(String id, long documentId, int start, int end, TextQuote quote, String color, String note,
                      List<String> tags, String author, OffsetDateTime created, OffsetDateTime modified,
                      AnchorStatus status) {
        this(id, documentId, start, end, quote, color, note, tags, author, created, modified, status,
                Motivation.HIGHLIGHTING);
    }

    /** Whether this marks a place to come back to rather than a passage. */
    public boolean isBookmark() {
        return motivation == Motivation.BOOKMARKING;
    }

    public Annotation withMotivation(Motivation newMotivation) {
        return new Annotation(id, documentId, start, end, quote, color, note, tags, author, created, modified, status,
                newMotivation);
    }

    public Annotation withNote(String newNote, OffsetDateTime at) {
        return new Annotation(id, documentId, start, end, quote, color, newNote, tags, author, created, at, status, motivation);
    }

    public Annotation withTags(List<String> newTags, OffsetDateTime at) {
        return new Annotation(id, documentId, start, end, quote, color, note, newTags, author, created, at, status, motivation);
    }

    public Annotation withColor(String newColor, OffsetDateTime at) {
        return new Annotation(id, documentId, start, end, quote, newColor, note, tags, author, created, at, status, motivation);
    }

    public Annotation withAnchor(int newStart, int newEnd, TextQuote newQuote, AnchorStatus newStatus) {
        return new Annotation(id, documentId, newStart, newEnd, newQuote, color, note, tags, author, created, modified, newStatus, motivation);
    }
}
