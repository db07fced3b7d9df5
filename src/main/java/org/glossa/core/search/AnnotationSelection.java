package org.glossa.core.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * A whole query (words and filters) as one SQL condition over annotation alias {@code a}, for
 * lists that are not ranked (claims table, tag matrix). An empty query selects everything.
 */
public record AnnotationSelection(String sql, List<Object> args) {
    public AnnotationSelection {
        args = List.copyOf(args);
    }

    public static AnnotationSelection of(Connection c, SearchQuery q) throws SQLException {
        AnnotationFilter filter = AnnotationFilter.of(c, q);
        String match = AnnotationFilter.annotationMatch(q);
        if (match.isEmpty()) {
            return new AnnotationSelection(filter.sql, filter.args);
        }
        List<Object> args = new ArrayList<>();
        args.add(match);
        args.addAll(filter.args);
        return new AnnotationSelection("a.id IN (SELECT k.annotation_id FROM annotation_fts"
                + " JOIN annotation_key k ON k.key = annotation_fts.rowid WHERE annotation_fts MATCH ?) AND "
                + filter.sql, args);
    }

    /** Binds the arguments from parameter index {@code from}; returns the next free index. */
    public int bind(PreparedStatement ps, int from) throws SQLException {
        for (int i = 0; i < args.size(); i++) {
            ps.setObject(from + i, args.get(i));
        }
        return from + args.size();
    }
}
