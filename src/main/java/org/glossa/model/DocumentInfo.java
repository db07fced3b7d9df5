package org.glossa.model;

import java.time.OffsetDateTime;

/** A stored document as the library list shows it: everything but the content. */
public record DocumentInfo(
        long id,
        String title,
        String author,
        String source,
        String format,
        String language,
        TextDirection direction,
        String contentHash,
        OffsetDateTime added,
        int annotationCount) {

    /** The identity used when annotations leave Glossa: the source URL, else a content hash URN. */
    public String uri() {
        if (source != null && (source.startsWith("http://") || source.startsWith("https://"))) {
            return source;
        }
        return "urn:sha256:" + contentHash;
    }
}
