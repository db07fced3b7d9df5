package org.glossa.core.claims;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.glossa.core.search.AnnotationSelection;
import org.glossa.core.search.SearchQuery;

/** Every annotation matching a query, in document and reading order, with page numbers. */
public final class ClaimsQuery {
    private static final String SEPARATOR = "\u001f";

    public List<ClaimRow> rows(Connection c, SearchQuery q) throws SQLException {
        AnnotationSelection selection = AnnotationSelection.of(c, q);
        String sql = "SELECT a.id, a.document_id, d.title, a.start_pos, a.end_pos, a.exact, a.note, a.color, a.author,"
                + " a.created, a.modified, a.status,"
                + " (SELECT group_concat(name, char(31)) FROM (SELECT t.name FROM annotation_tag at"
                + "   JOIN tag t ON t.id = at.tag_id WHERE at.annotation_id = a.id ORDER BY at.position))"
                + " FROM annotation a JOIN document d ON d.id = a.document_id WHERE " + selection.sql()
                + " ORDER BY d.id, a.start_pos, a.end_pos, a.created";
        List<ClaimRow> out = new ArrayList<>();
        Map<Long, Pages> pages = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            selection.bind(ps, 1);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long doc = rs.getLong(2);
                    Pages p = pages.get(doc);
                    if (p == null) {
                        p = Pages.of(c, doc);
                        pages.put(doc, p);
                    }
                    String tags = rs.getString(13);
                    out.add(new ClaimRow(rs.getString(1), doc, rs.getString(3), rs.getInt(4), rs.getInt(5),
                            p.at(rs.getInt(4)), rs.getString(6), rs.getString(7),
                            tags == null ? List.of() : Arrays.asList(tags.split(SEPARATOR)), rs.getString(8),
                            rs.getString(9), time(rs.getString(10)), time(rs.getString(11)), rs.getString(12)));
                }
            }
        }
        return out;
    }

    private static OffsetDateTime time(String s) {
        return s == null ? null : OffsetDateTime.parse(s);
    }

    /** A document's page breaks: offsets and page numbers, in order. */
    record Pages(int[] starts, int[] numbers) {
        static Pages of(Connection c, long documentId) throws SQLException {
            List<int[]> found = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT start_pos, level FROM block"
                    + " WHERE document_id = ? AND kind = 'PAGE_BREAK' ORDER BY start_pos")) {
                ps.setLong(1, documentId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        found.add(new int[] {rs.getInt(1), rs.getInt(2)});
                    }
                }
            }
            return new Pages(found.stream().mapToInt(x -> x[0]).toArray(), found.stream().mapToInt(x -> x[1]).toArray());
        }

        /** The page of the last break at or before {@code offset}; null with no breaks (or before the first). */
        Integer at(int offset) {
            int i = Arrays.binarySearch(starts, offset);
            int index = i >= 0 ? lastEqual(i, offset) : -i - 2;
            return index < 0 ? null : numbers[index];
        }

        private int lastEqual(int i, int offset) {
            while (i + 1 < starts.length && starts[i + 1] == offset) {
                i++;
            }
            return i;
        }
    }
}
