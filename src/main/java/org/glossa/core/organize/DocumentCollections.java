package org.glossa.core.organize;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.glossa.core.GlossaException;
import org.glossa.core.Library;
import org.glossa.core.store.Database;
import org.glossa.core.store.Timestamps;
import org.glossa.model.DocumentInfo;

/**
 * Named groups of documents (a course week, a project). A document can be in several; deleting
 * a collection keeps its documents. Calls are serialised with the library's own.
 */
public final class DocumentCollections {
    private final Library library;
    private final Database db;
    private final Clock clock;
    private final CollectionRepository collections = new CollectionRepository();

    public DocumentCollections(Library library, Database db, Clock clock) {
        this.library = library;
        this.db = db;
        this.clock = clock;
    }

    public DocumentCollection create(String name) {
        return library.exclusively(() -> {
            return db.inTransaction(c -> collections.create(c, name, Timestamps.now(clock)));
        });
    }

    public void rename(long collectionId, String newName) {
        library.exclusively(() -> {
            db.inTransaction(c -> {
                collections.rename(c, collectionId, newName);
                return null;
            });
        });
    }

    /** Deletes a collection; its documents stay in the library. */
    public void delete(long collectionId) {
        library.exclusively(() -> {
            db.inTransaction(c -> {
                collections.delete(c, collectionId);
                return null;
            });
        });
    }

    /** Adds documents to a collection (already there is fine); returns how many were new. */
    public int add(long collectionId, List<Long> documentIds) {
        return library.exclusively(() -> {
            get(collectionId);
            documentIds.forEach(library::document);
            return db.inTransaction(c -> {
                int added = 0;
                for (long id : documentIds) {
                    added += collections.add(c, collectionId, id, Timestamps.now(clock)) ? 1 : 0;
                }
                return added;
            });
        });
    }

    public boolean remove(long collectionId, long documentId) {
        return library.exclusively(() -> {
            get(collectionId);
            return db.inTransaction(c -> collections.remove(c, collectionId, documentId));
        });
    }

    /** All collections by name, with their document counts. */
    public List<DocumentCollection> list() {
        return library.exclusively(() -> {
            return db.read(collections::list);
        });
    }

    /** The collections a document is in. */
    public List<DocumentCollection> of(long documentId) {
        return library.exclusively(() -> {
            return db.read(c -> collections.of(c, documentId));
        });
    }

    public DocumentCollection get(long collectionId) {
        return library.exclusively(() -> {
            return db.read(c -> collections.find(c, collectionId)).orElseThrow(() -> new GlossaException(
                    "No collection with id " + collectionId + "."));
        });
    }

    /** A collection by name (ignoring case), or a user error. */
    public DocumentCollection named(String name) {
        return library.exclusively(() -> {
            return db.read(c -> collections.find(c, name)).orElseThrow(() -> new GlossaException(
                    "There is no collection named '" + name + "'."));
        });
    }

    /** The documents of a collection, in the order they were added. */
    public List<DocumentInfo> documents(long collectionId) {
        return library.exclusively(() -> {
            get(collectionId);
            List<Long> ids = db.read(c -> collections.documentIds(c, collectionId));
            return ids.stream().map(library::findDocument).flatMap(Optional::stream).toList();
        });
    }
}
