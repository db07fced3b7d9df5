package org.glossa.core.organize;

import java.time.OffsetDateTime;

/** A link as stored: {@code from} relates to {@code to} as {@code kind}. */
public record StoredLink(String fromId, String toId, LinkKind kind, OffsetDateTime created) {
}
