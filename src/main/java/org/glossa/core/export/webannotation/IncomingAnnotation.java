package org.glossa.core.export.webannotation;

import java.time.OffsetDateTime;
import java.util.List;
import org.glossa.model.AnchorStatus;
import org.glossa.model.Motivation;
import org.glossa.model.TextQuote;

/**
 * What a W3C annotation says, before it is matched to a document: the target's source and
 * selectors ({@code quote} and/or a code-point {@code start}/{@code end}; null when absent),
 * note, tags, colour, creator and timestamps (null when absent), and Glossa's status if it
 * wrote one, and whether it is a bookmark. {@code id} is null when the annotation has none; {@code refusal} says why the item
 * cannot be imported at all (null when it can).
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
        AnchorStatus status,
        Motivation motivation,
        String refusal) {

    static IncomingAnnotation refused(String id, String why) {
        return new IncomingAnnotation(id, null, null, null, null, "", List.of(), null, null, null, null, null, null,
                why);
    }

    boolean hasSelector() {
        return quote != null || (start != null && end != null);
    }
}
