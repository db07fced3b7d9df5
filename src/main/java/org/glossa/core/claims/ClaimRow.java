package org.glossa.core.claims;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One annotation as a row of the claims table. {@code start}/{@code end} are UTF-16 offsets
 * into the document's text; {@code page} is the page number when the document has page-break
 * blocks (the level of the last one at or before {@code start}), else null; {@code location} is
 * where a reader would cite it ({@link org.glossa.core.citation.Location#label()}: "p. 12", the
 * chapter or the heading, or empty); {@code colorMeaning} is the colour's name in the codebook.
 */
public record ClaimRow(String annotationId, long documentId, String documentTitle, int start, int end,
                       Integer page, String quote, String note, List<String> tags, String color, String author,
                       OffsetDateTime created, OffsetDateTime modified, String status, String location,
                       String colorMeaning) {
    public ClaimRow {
        tags = List.copyOf(tags);
        location = location == null ? "" : location;
        colorMeaning = colorMeaning == null ? "" : colorMeaning;
    }

    /** The location, or "@" and the start offset where the passage has no page, chapter or heading. */
    public String locationOrOffset() {
        return location.isEmpty() ? "@" + start : location;
    }
}
