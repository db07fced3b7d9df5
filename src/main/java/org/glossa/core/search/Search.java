package org.glossa.core.search;

import java.util.List;
import org.glossa.core.Library;
import org.glossa.core.store.Database;

/** Full-text search over documents and annotations. Calls are serialised with the library's own. */
public final class Search {
    private final Library library;
    private final Database db;
    private final SearchEngine engine = new SearchEngine();

    public Search(Library library, Database db) {
        this.library = library;
        this.db = db;
    }

    /**
     * Searches document text and annotations; best hits first. See {@link QueryParser} for the
     * query language. Documents imported since the last search are indexed first (one transaction).
     */
    public List<SearchHit> find(String query, int limit) {
        synchronized (library) {
            SearchQuery q = QueryParser.parse(query);
            ensureTextIndexed();
            return db.read(c -> engine.search(c, q, limit));
        }
    }

    /** Indexes the text of documents that have not been indexed yet; returns how many. */
    public int ensureTextIndexed() {
        synchronized (library) {
            return db.inTransaction(c -> engine.indexer().indexMissing(c));
        }
    }
}
