package org.glossa.core.citation;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import org.glossa.core.store.DocumentRepository;
import org.glossa.model.DocumentInfo;

/**
 * Locators of stored documents, read once per document: for listing many annotations (the
 * claims table, CSV) inside one read.
 */
public final class StoredLocators {
    private final DocumentRepository documents = new DocumentRepository();
    private final Connection connection;
    private final Map<Long, Locator> byDocument = new HashMap<>();

    public StoredLocators(Connection connection) {
        this.connection = connection;
    }

    public Locator of(long documentId) throws SQLException {
        Locator found = byDocument.get(documentId);
        if (found == null) {
            DocumentInfo info = documents.find(connection, documentId)
                    .orElseThrow(() -> new SQLException("no document " + documentId));
            found = Locator.of(info, documents.content(connection, documentId), documents.metadata(connection, documentId));
            byDocument.put(documentId, found);
        }
        return found;
    }
}
