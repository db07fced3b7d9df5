package org.glossa.core.claims;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.glossa.core.citation.Location;
import org.glossa.core.citation.StoredLocators;
import org.glossa.core.search.AnnotationSelection;
import org.glossa.core.search.SearchQuery;
import org.glossa.core.store.SettingRepository;
import org.glossa.model.HighlightColor;

/** Every annotation matching a query, in document and reading order, with where each is cited. */
public final class ClaimsQuery {
    private static final String SEPARATOR = "\u001f";

    public List<ClaimRow> rows(Connection c, SearchQuery q) throws SQLException {
        return rows(c, q, null);
    }

    /** The rows of one document ({@code documentId}; null = every document) matching {@code q}. */
    public List<ClaimRow> rows(Connection c, SearchQuery q, Long documentId) throws SQLException {
        AnnotationSelection selection = AnnotationSelection.of(c, q);
        String sql = "SELECT a.id, a.document_id, d.title, a.start_pos, a.end_pos, a.exact, a.note, a.color, a.author,"
                + " a.created, a.modified, a.status,"
                + " (SELECT group_concat(name, char(31)) FROM (SELECT t.name FROM annotation_tag at"
                + "   JOIN tag t ON t.id = at.tag_id WHERE at.annotation_id = a.id ORDER BY at.position))"
                + " FROM annotation a JOIN document d ON d.id = a.document_id WHERE " + selection.sql()
                + (documentId == null ? "" : " AND a.document_id = ?") + " ORDER BY d.id, a.start_pos, a.end_pos, a.created";
        List<ClaimRow> out = new ArrayList<>();
        StoredLocators locators = new StoredLocators(c);
        Map<HighlightColor, String> codebook = new SettingRepository().codebook(c);
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int next = selection.bind(ps, 1);
            if (documentId != null) {
                ps.setLong(next, documentId);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long doc = rs.getLong(2);
                    Location where = locators.of(doc).at(rs.getInt(4));
                    String color = rs.getString(8);
                    String tags = rs.getString(13);
                    out.add(new ClaimRow(rs.getString(1), doc, rs.getString(3), rs.getInt(4), rs.getInt(5),
                            pageNumber(where), rs.getString(6), rs.getString(7),
                            tags == null ? List.of() : Arrays.asList(tags.split(SEPARATOR)), color,
                            rs.getString(9), time(rs.getString(10)), time(rs.getString(11)), rs.getString(12),
                            where.label(), HighlightColor.byKey(color).map(codebook::get).orElse("")));
                }
            }
        }
        return out;
    }

    private static OffsetDateTime time(String s) {
        return s == null ? null : OffsetDateTime.parse(s);
    }

    /** A numbered page as a number (the JSON and sorting want one); null for none or "xii". */
    private static Integer pageNumber(Location location) {
        if (location.page() == null || !location.page().matches("\\d{1,9}")) {
            return null;
        }
        return Integer.valueOf(location.page());
    }
}
