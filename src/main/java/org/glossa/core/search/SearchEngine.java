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
 * annotations. Each side is one statement ranked by FTS5 itself (bm25, ORDER BY rank) and cut
 * to the limit, so highlights are computed only for the rows that are returned.
 */
public final class SearchEngine {
    /** bm25 weights for quote, note, tags, author: a word in the quote counts most. */
    private static final String ANNOTATION_RANK = "bm25(2.0, 1.0, 1.0, 0.5)";

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
        // one statement: FTS5 ranks every match on the index (ORDER BY rank is its own bm25 order)
        // and the highlighted text and chunk start are read only for the rows returned
        StringBuilder sql = new StringBuilder("SELECT rowid, rank, highlight(text_fts, 0, char(1), char(2)), start_pos"
                + " FROM text_fts WHERE text_fts MATCH ?");
        String documents = AnnotationFilter.documentCondition(c, q, "(rowid / " + TextIndexer.ROWS_PER_DOCUMENT + ")", args);
        if (!documents.isEmpty()) {
            sql.append(" AND ").append(documents);
        }
        if (!q.authors().isEmpty()) {
            sql.append(" AND (rowid / ").append(TextIndexer.ROWS_PER_DOCUMENT)
                    .append(") IN (SELECT rowid FROM document_fts WHERE document_fts MATCH ?)");
            args.add(FtsExpression.all(q.authors(), "author"));
        }
        sql.append(" ORDER BY rank LIMIT ?");
        args.add(limit);
        record Row(long document, int from, int to, Snippets.Result snippet, double score) {
        }
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            AnnotationFilter.bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Snippets.Result s = Snippets.of(rs.getString(3));
                    int chunkStart = rs.getInt(4);
                    int from = chunkStart + (s.firstHit() == null ? 0 : s.firstHit().start());
                    int to = chunkStart + (s.firstHit() == null ? 0 : s.firstHit().end());
                    rows.add(new Row(rs.getLong(1) / TextIndexer.ROWS_PER_DOCUMENT, from, to, s, rs.getDouble(2)));
                }
            }
        }
        Map<Long, String> titles = titles(c, rows.stream().map(Row::document).distinct().toList());
        List<SearchHit> out = new ArrayList<>(rows.size());
        for (Row r : rows) {
            out.add(new SearchHit(SearchHit.Kind.TEXT, r.document(), titles.getOrDefault(r.document(), ""), null,
                    r.from(), r.to(), r.snippet().snippet(), r.snippet().marks(), r.score()));
        }
        return out;
    }

    private List<SearchHit> annotationHits(Connection c, SearchQuery q, int limit) throws SQLException {
        AnnotationFilter filter = AnnotationFilter.of(c, q);
        String match = AnnotationFilter.annotationMatch(q);
        if (match.isEmpty()) {
            return unrankedAnnotationHits(c, filter, limit);
        }
        // ranked by FTS5 itself with the column weights, highlights made for the returned rows only;
        // relational filters become one rowid set
        List<Object> args = new ArrayList<>();
        args.add(match);
        String sql = "SELECT rowid, rank, highlight(annotation_fts, 0, char(1), char(2)),"
                + " highlight(annotation_fts, 1, char(1), char(2)), highlight(annotation_fts, 2, char(1), char(2))"
                + " FROM annotation_fts WHERE annotation_fts MATCH ? AND rank MATCH '" + ANNOTATION_RANK + "'";
        if (!filter.args.isEmpty()) {
            // "+rowid": keeps FTS5 from running the MATCH once per rowid of the set (seconds on 100k rows)
            sql += " AND +rowid IN (SELECT k.key FROM annotation_key k JOIN annotation a ON a.id = k.annotation_id"
                    + " WHERE " + filter.sql + ")";
            args.addAll(filter.args);
        }
        sql += " ORDER BY rank LIMIT ?";
        args.add(limit);
        record Ranked(long key, double score, Snippets.Result snippet) {
        }
        List<Ranked> ranked = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            AnnotationFilter.bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ranked.add(new Ranked(rs.getLong(1), rs.getDouble(2),
                            bestColumn(rs.getString(3), rs.getString(4), rs.getString(5))));
                }
            }
        }
        if (ranked.isEmpty()) {
            return List.of();
        }
        // the annotations' places and documents, for the returned rows, in one statement
        String keys = String.join(",", java.util.Collections.nCopies(ranked.size(), "?"));
        record Place(String id, long document, String title, int start, int end) {
        }
        Map<Long, Place> places = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT k.key, a.id, a.document_id, d.title, a.start_pos,"
                + " a.end_pos FROM annotation_key k JOIN annotation a ON a.id = k.annotation_id"
                + " JOIN document d ON d.id = a.document_id WHERE k.key IN (" + keys + ")")) {
            for (int i = 0; i < ranked.size(); i++) {
                ps.setLong(i + 1, ranked.get(i).key());
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    places.put(rs.getLong(1), new Place(rs.getString(2), rs.getLong(3), rs.getString(4), rs.getInt(5),
                            rs.getInt(6)));
                }
            }
        }
        List<SearchHit> out = new ArrayList<>(ranked.size());
        for (Ranked r : ranked) {
            Place p = places.get(r.key());
            if (p != null) {
                out.add(new SearchHit(SearchHit.Kind.ANNOTATION, p.document(), p.title(), p.id(), p.start(), p.end(),
                        r.snippet().snippet(), r.snippet().marks(), r.score()));
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

    /** The titles of some documents, by id, in one statement. */
    private static Map<Long, String> titles(Connection c, List<Long> documents) throws SQLException {
        Map<Long, String> titles = new HashMap<>();
        if (documents.isEmpty()) {
            return titles;
        }
        String marks = String.join(",", java.util.Collections.nCopies(documents.size(), "?"));
        try (PreparedStatement ps = c.prepareStatement("SELECT id, title FROM document WHERE id IN (" + marks + ")")) {
            for (int i = 0; i < documents.size(); i++) {
                ps.setLong(i + 1, documents.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    titles.put(rs.getLong(1), rs.getString(2));
                }
            }
        }
        return titles;
    }
}
