package org.glossa.core.organize;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.glossa.core.search.AnnotationSelection;

/** Counts annotations per (tag, document) over the annotations a query selects. */
public final class TagMatrixQuery {

    public TagMatrix matrix(Connection c, AnnotationSelection selection) throws SQLException {
        String sql = "SELECT t.name, d.id, d.title, count(*) FROM annotation_tag at JOIN tag t ON t.id = at.tag_id"
                + " JOIN annotation a ON a.id = at.annotation_id JOIN document d ON d.id = a.document_id"
                + " WHERE " + selection.sql() + " GROUP BY t.id, d.id ORDER BY d.id";
        Map<String, Map<Long, Integer>> cells = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        Map<Long, TagMatrix.DocumentRef> documents = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            selection.bind(ps, 1);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    documents.putIfAbsent(rs.getLong(2), new TagMatrix.DocumentRef(rs.getLong(2), rs.getString(3)));
                    cells.computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>()).put(rs.getLong(2), rs.getInt(4));
                }
            }
        }
        Map<Long, Integer> column = new HashMap<>();
        for (Long doc : documents.keySet()) {
            column.put(doc, column.size());
        }
        List<List<Integer>> counts = new ArrayList<>();
        for (Map<Long, Integer> row : cells.values()) {
            int[] line = new int[documents.size()];
            row.forEach((doc, n) -> line[column.get(doc)] = n);
            counts.add(new TagMatrix.Row(line));
        }
        return new TagMatrix(new ArrayList<>(cells.keySet()), new ArrayList<>(documents.values()), counts);
    }
}
