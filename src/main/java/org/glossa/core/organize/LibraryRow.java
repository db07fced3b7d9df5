package org.glossa.core.organize;

import java.time.OffsetDateTime;
import java.util.List;
import org.glossa.model.DocumentInfo;

/**
 * A row of the library table: the document, when it was last opened (null: never), the tags
 * used in its annotations and the collections it is in (both sorted by name).
 */
public record LibraryRow(DocumentInfo info, OffsetDateTime lastRead, List<String> tags, List<String> collections) {
    public LibraryRow {
        tags = List.copyOf(tags);
        collections = List.copyOf(collections);
    }
}
