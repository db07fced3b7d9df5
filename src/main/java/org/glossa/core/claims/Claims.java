package org.glossa.core.claims;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.glossa.core.GlossaException;
import org.glossa.core.Library;
import org.glossa.core.TagNames;
import org.glossa.core.export.AtomicFile;
import org.glossa.core.search.QueryParser;
import org.glossa.core.search.SearchQuery;
import org.glossa.core.store.Database;

/**
 * The claims table: annotations as rows, for reading across sources and handing over as CSV.
 * Calls are serialised with the library's own.
 */
public final class Claims {
    private final Library library;
    private final Database db;
    private final ClaimsQuery claimsQuery = new ClaimsQuery();

    public Claims(Library library, Database db) {
        this.library = library;
        this.db = db;
    }

    /**
     * Every annotation matching {@code query} (the search language of {@link QueryParser}; empty
     * or null = all; {@code in:NAME} = one collection), in document and reading order.
     */
    public List<ClaimRow> rows(String query) {
        return library.exclusively(() -> {
            SearchQuery q = QueryParser.parse(query);
            return db.read(c -> claimsQuery.rows(c, q));
        });
    }

    /**
     * The rows of one document ({@code documentId}), of one annotation, or of every document (both
     * null); {@code tag} (optional) keeps those with that tag or a tag below it.
     */
    public List<ClaimRow> rows(Long documentId, String annotationId, String tag) {
        SearchQuery q = new SearchQuery(List.of(), tag == null ? List.of() : List.of(TagNames.normalize(tag)), List.of(),
                List.of(), List.of(), List.of());
        if (documentId != null) {
            library.document(documentId); // "no document" for one that is not there
        }
        List<ClaimRow> all = library.exclusively(() -> db.read(c -> claimsQuery.rows(c, q, documentId)));
        return all.stream().filter(r -> annotationId == null || r.annotationId().equals(annotationId)).toList();
    }

    /** Writes {@link #rows} as CSV (UTF-8, with a byte-order mark when {@code bom}); returns the row count. */
    public int exportCsv(String query, Path file, boolean bom) {
        return exportCsv(rows(query), file, bom);
    }

    /** Writes rows as CSV (UTF-8, with a byte-order mark when {@code bom}); returns the row count. */
    public int exportCsv(List<ClaimRow> rows, Path file, boolean bom) {
        try {
            AtomicFile.write(file, out -> ClaimsCsv.write(rows, out, bom));
        } catch (IOException e) {
            throw new GlossaException("Cannot write " + file + ": " + e.getMessage(), e);
        }
        return rows.size();
    }
}
