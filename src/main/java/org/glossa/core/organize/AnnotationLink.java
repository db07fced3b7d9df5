package org.glossa.core.organize;

import java.time.OffsetDateTime;

/**
 * A link seen from one annotation: {@code outgoing} when this annotation is the link's source
 * ("this supports that"), false when the other one points here. The other end is described so
 * that a sidebar can show it without another query.
 */
public record AnnotationLink(String annotationId, String otherId, LinkKind kind, boolean outgoing,
                             long otherDocumentId, String otherDocumentTitle, String otherQuote,
                             OffsetDateTime created) {
}
