package org.glossa.core.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.glossa.core.GlossaException;
import org.glossa.model.HighlightColor;

/**
 * The relational part of a query (tag:, color:, in:) as an SQL condition over annotation
 * alias {@code a}, plus the FTS5 expression for the annotation table. Values are always bound
 * as parameters.
 */
final class AnnotationFilter {
    /** The free terms look in these columns; author: and note: in their own. */
    static final String TEXT_COLUMNS = "{quote note tags}";

    final String sql;
    final List<Object> args;

    private AnnotationFilter(String sql, List<Object> args) {
        this.sql = sql;
        this.args = args;
    }

    static AnnotationFilter of(Connection c, SearchQuery q) throws SQLException {
        List<String> parts = new ArrayList<>();
        List<Object> args = new ArrayList<>();
        for (String tag : q.tags()) {
            // driven from the tag (its index, then the annotations carrying it), not a test per annotation
            parts.add("a.id IN (SELECT at.annotation_id FROM annotation_tag at JOIN tag t ON t.id = at.tag_id"
                    + " WHERE t.name = ? COLLATE NOCASE OR t.name LIKE ? ESCAPE '\\')");
            args.add(tag);
            args.add(escapeLike(tag) + "/%");
        }
        if (!q.colors().isEmpty()) {
            List<String> marks = new ArrayList<>();
            for (String color : q.colors()) {
                args.add(HighlightColor.byKey(color).orElseThrow(() -> new GlossaException("Unknown colour '" + color
                        + "' in the search; use one of " + String.join(", ", HighlightColor.palette().stream()
                        .map(HighlightColor::key).toList()) + ".")).key());
                marks.add("?");
            }
            parts.add("a.color IN (" + String.join(",", marks) + ")");
        }
        String documents = documentCondition(c, q, "a.document_id", args);
        if (!documents.isEmpty()) {
            parts.add(documents);
        }
        return new AnnotationFilter(parts.isEmpty() ? "1" : String.join(" AND ", parts), args);
    }

    /** The in: condition on a document id expression (text hits use it on their FTS rowid). */
    static String documentCondition(Connection c, SearchQuery q, String documentId, List<Object> args)
            throws SQLException {
        List<String> parts = new ArrayList<>();
        for (String name : q.collections()) {
            long id = collectionId(c, name);
            parts.add(documentId + " IN (SELECT document_id FROM collection_document WHERE collection_id = ?)");
            args.add(id);
        }
        return String.join(" AND ", parts);
    }

    static String annotationMatch(SearchQuery q) {
        return FtsExpression.and(FtsExpression.all(q.terms(), TEXT_COLUMNS), FtsExpression.all(q.notes(), "note"),
                FtsExpression.all(q.authors(), "author"));
    }

    private static long collectionId(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM collection WHERE name = ? COLLATE NOCASE")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    return rs.getLong(1);
                }
            }
        }
        throw new GlossaException("There is no collection named '" + name + "'.");
    }

    static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    static void bind(PreparedStatement ps, List<Object> args) throws SQLException {
        for (int i = 0; i < args.size(); i++) {
            ps.setObject(i + 1, args.get(i));
        }
    }
}
