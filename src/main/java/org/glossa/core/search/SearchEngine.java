package org.glossa.core.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a parsed query against the FTS tables: document text (one row per block) and
 * annotations. Each side is ranked by bm25 and cut to the limit first; highlights are then
 * computed only for the rows that are returned.
 */
public final class SearchEngine {
    /** bm25 weights for quote, note, tags, author: a word in the quote counts most. */
    private static final String ANNOTATION_RANK = "bm25(annotation_fts, 2.0, 1.0, 1.0, 0.5)";

    private final TextIndexer indexer = new TextIndexer();

    public TextIndexer indexer() {
        return indexer;
    }

    /** Best hits first; text hits and annotation hits merged by score. */
    public List<SearchHit> search(Connection c, SearchQuery q, int limit) throws SQLException {
        if (q.isEmpty() || limit <= 0) {
            return List.of();
        }
        List<SearchHit> hits = new ArrayList<>(annotationHits(c, q, limit));
        if (!q.annotationsOnly() && !q.terms().isEmpty()) {
            hits.addAll(textHits(c, q, limit));
        }
        hits.sort(Comparator.comparingDouble(SearchHit::score));
        return hits.size() > limit ? List.copyOf(hits.subList(0, limit)) : hits;
    }

    private List<SearchHit> textHits(Connection c, SearchQuery q, int limit) throws SQLException {
        String match = FtsExpression.all(q.terms(), null);
        List<Object> args = new ArrayList<>();
        args.add(match);
        // phase 1 reads only the index (rowid, bm25): no stored column, so no content row per match
        StringBuilder sql = new StringBuilder("SELECT rowid, bm25(text_fts) AS score FROM text_fts"
                + " WHERE text_fts MATCH ?");
        String documents = AnnotationFilter.documentCondition(c, q, "(rowid / " + TextIndexer.ROWS_PER_DOCUMENT + ")", args);
        if (!documents.isEmpty()) {
            sql.append(" AND ").append(documents);
        }
        if (!q.authors().isEmpty()) {
            sql.append(" AND (rowid / ").append(TextIndexer.ROWS_PER_DOCUMENT)
                    .append(") IN (SELECT rowid FROM document_fts WHERE document_fts MATCH ?)");
            args.add(FtsExpression.all(q.authors(), "author"));
        }
        sql.append(" ORDER BY score LIMIT ?");
        args.add(limit);
        record Row(long rowid, double score) {
        }
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            AnnotationFilter.bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(rs.getLong(1), rs.getDouble(2)));
                }
            }
        }
        List<SearchHit> out = new ArrayList<>();
        Map<Long, String> titles = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT highlight(text_fts, 0, char(1), char(2)), start_pos"
                + " FROM text_fts WHERE text_fts MATCH ? AND rowid = ?")) {
            for (Row r : rows) {
                ps.setString(1, match);
                ps.setLong(2, r.rowid);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        continue;
                    }
                    Snippets.Result s = Snippets.of(rs.getString(1));
                    long doc = r.rowid / TextIndexer.ROWS_PER_DOCUMENT;
                    int chunkStart = rs.getInt(2);
                    int from = chunkStart + (s.firstHit() == null ? 0 : s.firstHit().start());
                    int to = chunkStart + (s.firstHit() == null ? 0 : s.firstHit().end());
                    out.add(new SearchHit(SearchHit.Kind.TEXT, doc, title(c, titles, doc), null, from, to,
                            s.snippet(), s.marks(), r.score));
                }
            }
        }
        return out;
    }

    private List<SearchHit> annotationHits(Connection c, SearchQuery q, int limit) throws SQLException {
        AnnotationFilter filter = AnnotationFilter.of(c, q);
        String match = AnnotationFilter.annotationMatch(q);
        if (match.isEmpty()) {
            return unrankedAnnotationHits(c, filter, limit);
        }
        // phase 1: rank on the index alone; relational filters become one rowid set
        List<Object> args = new ArrayList<>();
        args.add(match);
        String sql = "SELECT rowid, " + ANNOTATION_RANK + " AS score FROM annotation_fts WHERE annotation_fts MATCH ?";
        if (!filter.args.isEmpty()) {
            // "+rowid": keeps FTS5 from running the MATCH once per rowid of the set (seconds on 100k rows)
            sql += " AND +rowid IN (SELECT k.key FROM annotation_key k JOIN annotation a ON a.id = k.annotation_id"
                    + " WHERE " + filter.sql + ")";
            args.addAll(filter.args);
        }
        sql += " ORDER BY score LIMIT ?";
        args.add(limit);
        Map<Long, Double> ranked = new java.util.LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            AnnotationFilter.bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ranked.put(rs.getLong(1), rs.getDouble(2));
                }
            }
        }
        // phase 2: highlights and the annotation's place, for the returned rows only
        List<SearchHit> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT a.id, a.document_id, d.title, a.start_pos, a.end_pos,"
                + " highlight(annotation_fts, 0, char(1), char(2)), highlight(annotation_fts, 1, char(1), char(2)),"
                + " highlight(annotation_fts, 2, char(1), char(2))"
                + " FROM annotation_fts JOIN annotation_key k ON k.key = annotation_fts.rowid"
                + " JOIN annotation a ON a.id = k.annotation_id JOIN document d ON d.id = a.document_id"
                + " WHERE annotation_fts MATCH ? AND annotation_fts.rowid = ?")) {
            for (Map.Entry<Long, Double> e : ranked.entrySet()) {
                ps.setString(1, match);
                ps.setLong(2, e.getKey());
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        Snippets.Result s = bestColumn(rs.getString(6), rs.getString(7), rs.getString(8));
                        out.add(new SearchHit(SearchHit.Kind.ANNOTATION, rs.getLong(2), rs.getString(3),
                                rs.getString(1), rs.getInt(4), rs.getInt(5), s.snippet(), s.marks(), e.getValue()));
                    }
                }
            }
        }
        return out;
    }

    /** Filters only (no words): the most recently changed annotations first. */
    private static List<SearchHit> unrankedAnnotationHits(Connection c, AnnotationFilter filter, int limit)
            throws SQLException {
        List<Object> args = new ArrayList<>(filter.args);
        args.add(limit);
        List<SearchHit> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT a.id, a.document_id, d.title, a.start_pos, a.end_pos,"
                + " a.exact FROM annotation a JOIN document d ON d.id = a.document_id WHERE " + filter.sql
                + " ORDER BY a.modified DESC, a.id LIMIT ?")) {
            AnnotationFilter.bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Snippets.Result s = Snippets.of(rs.getString(6));
                    out.add(new SearchHit(SearchHit.Kind.ANNOTATION, rs.getLong(2), rs.getString(3), rs.getString(1),
                            rs.getInt(4), rs.getInt(5), s.snippet(), s.marks(), 0));
                }
            }
        }
        return out;
    }

    /** The quote when the hit is there, else the note, else the tags; the quote when nothing is marked. */
    private static Snippets.Result bestColumn(String quote, String note, String tags) {
        for (String column : new String[] {quote, note, tags}) {
            if (column != null && column.indexOf(Snippets.OPEN) >= 0) {
                return Snippets.of(column);
            }
        }
        return Snippets.of(quote == null ? "" : quote);
    }

    private static String title(Connection c, Map<Long, String> cache, long doc) throws SQLException {
        String cached = cache.get(doc);
        if (cached != null) {
            return cached;
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT title FROM document WHERE id = ?")) {
            ps.setLong(1, doc);
            try (ResultSet rs = ps.executeQuery()) {
                String title = rs.next() ? rs.getString(1) : "";
                cache.put(doc, title);
                return title;
            }
        }
    }
}
