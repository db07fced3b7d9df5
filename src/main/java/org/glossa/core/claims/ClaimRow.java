package org.glossa.core.claims;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One annotation as a row of the claims table. {@code start}/{@code end} are UTF-16 offsets
 * into the document's text; {@code page} is the page number when the document has page-break
 * blocks (the level of the last one at or before {@code start}), else null.
 */
public record ClaimRow(String annotationId, long documentId, String documentTitle, int start, int end,
                       Integer page, String quote, String note, List<String> tags, String color, String author,
                       OffsetDateTime created, OffsetDateTime modified, String status) {
    public ClaimRow {
        tags = List.copyOf(tags);
    }
}
