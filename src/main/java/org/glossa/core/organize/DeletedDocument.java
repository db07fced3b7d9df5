package org.glossa.core.organize;

import java.time.OffsetDateTime;
import java.util.List;
import org.glossa.model.Annotation;
import org.glossa.model.DocumentInfo;
import org.glossa.model.ImportedDocument;

/**
 * Everything a deleted document took with it, so that undo can put it back: the document as
 * it was imported, its annotations (with their ids), the collections it was in and the links
 * touching its annotations. Held in memory by whoever offers the undo.
 */
public record DeletedDocument(DocumentInfo info, ImportedDocument document, OffsetDateTime lastRead,
                              List<Annotation> annotations, List<Long> collectionIds, List<StoredLink> links) {
    public DeletedDocument {
        annotations = List.copyOf(annotations);
        collectionIds = List.copyOf(collectionIds);
        links = List.copyOf(links);
    }
}
