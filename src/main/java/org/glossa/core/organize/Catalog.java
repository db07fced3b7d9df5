package org.glossa.core.organize;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.glossa.core.Library;
import org.glossa.core.store.Database;
import org.glossa.core.store.DocumentRepository;
import org.glossa.core.store.Timestamps;
import org.glossa.model.DocumentInfo;

/**
 * The library table's view of documents: rows with reading times, tags and collections, editing
 * a document's title, author and source, and delete with undo. Calls are serialised with the
 * library's own.
 */
public final class Catalog {
    private final Library library;
    private final Database db;
    private final Clock clock;
    private final DocumentRepository documents = new DocumentRepository();
    private final DocumentEditor editor = new DocumentEditor();

    public Catalog(Library library, Database db, Clock clock) {
        this.library = library;
        this.db = db;
        this.clock = clock;
    }

    /** Every document with its last-read time, tags and collections: the library table. */
    public List<LibraryRow> rows() {
        return library.exclusively(() -> {
            return db.read(c -> new LibraryRows().rows(c));
        });
    }

    /** Changes title, author and source; blank author/source clear them. */
    public DocumentInfo updateInfo(long id, String title, String author, String source) {
        return library.exclusively(() -> {
            library.document(id);
            db.inTransaction(c -> {
                editor.updateInfo(c, id, title, author, source);
                return null;
            });
            return library.document(id);
        });
    }

    /** Records that the document was opened now (the library table's "last read"). */
    public void markRead(long id) {
        library.exclusively(() -> {
            library.document(id);
            db.inTransaction(c -> {
                documents.markRead(c, id, Timestamps.now(clock));
                return null;
            });
        });
    }

    public Optional<OffsetDateTime> lastRead(long id) {
        return library.exclusively(() -> {
            library.document(id);
            return Optional.ofNullable(db.read(c -> DocumentEditor.lastRead(c, id)));
        });
    }

    /** Deletes a document with its annotations and returns what {@link #restore} needs to undo it. */
    public DeletedDocument deleteForUndo(long id) {
        return library.exclusively(() -> {
            DocumentInfo info = library.document(id);
            return db.inTransaction(c -> editor.delete(c, info));
        });
    }

    /** Undo of {@link #deleteForUndo}: the document comes back under a new id, annotations keep theirs. */
    public DocumentInfo restore(DeletedDocument deleted) {
        return library.exclusively(() -> {
            long id = db.inTransaction(c -> editor.restore(c, deleted));
            return library.document(id);
        });
    }
}
