package org.glossa.core.export.webannotation;

import java.time.OffsetDateTime;
import java.util.List;
import org.glossa.model.AnchorStatus;
import org.glossa.model.TextQuote;

/**
 * What a W3C annotation says, before it is matched to a document: the target's source and
 * selectors ({@code quote} and/or a code-point {@code start}/{@code end}; null when absent),
 * note, tags, colour, creator and timestamps (null when absent), and Glossa's status if it
 * wrote one.
 */
record IncomingAnnotation(
        String id,
        String source,
        TextQuote quote,
        Long start,
        Long end,
        String note,
        List<String> tags,
        String color,
        String author,
        OffsetDateTime created,
        OffsetDateTime modified,
        AnchorStatus status) {

    boolean hasSelector() {
        return quote != null || (start != null && end != null);
    }
}
