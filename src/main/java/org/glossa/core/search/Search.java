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
     * Keeps the document-text index of a library opened for writing current: every transaction
     * indexes the documents it added or changed before it commits, so the index is never behind
     * and searching never has to write. Documents a previous version of Glossa left unindexed are
     * indexed now, in one transaction.
     */
    public static void keepIndexCurrent(Database db) {
        TextIndexer indexer = new TextIndexer();
        db.beforeEveryCommit(indexer::indexMissing);
        if (!db.read(indexer::missing).isEmpty()) {
            db.inTransaction(indexer::indexMissing);
        }
    }

    /**
     * Searches document text and annotations; best hits first. See {@link QueryParser} for the
     * query language. Only reads, so it works on a read-only library and beside a window.
     */
    public List<SearchHit> find(String query, int limit) {
        return library.exclusively(() -> {
            SearchQuery q = QueryParser.parse(query);
            return db.read(c -> engine.search(c, q, limit));
        });
    }

    /**
     * The FTS5 MATCH expression for the words, phrases and prefixes of {@code query} (its
     * {@code key:value} filters are ignored), or empty when it has none: for other features'
     * full-text tables (memos) that use the same tokenizer and the same query language.
     */
    public static String wordsMatch(String query) {
        return FtsExpression.all(QueryParser.parse(query).terms(), null);
    }

    /**
     * How many documents have no text in the index: none in a library opened for writing; a
     * library last written by an older Glossa and opened read-only may have some.
     */
    public int unindexedDocuments() {
        return library.exclusively(() -> {
            return db.read(c -> engine.indexer().missing(c).size());
        });
    }

    /** Indexes the text of documents that have not been indexed yet; returns how many. */
    public int ensureTextIndexed() {
        return library.exclusively(() -> {
            return db.inTransaction(c -> engine.indexer().indexMissing(c));
        });
    }
}
