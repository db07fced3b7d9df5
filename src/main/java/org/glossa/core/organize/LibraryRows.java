package org.glossa.core.organize;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.glossa.core.store.DocumentRepository;
import org.glossa.model.DocumentInfo;

/** Builds the library table in three queries, however many documents there are. */
public final class LibraryRows {
    private final DocumentRepository documents = new DocumentRepository();

    public List<LibraryRow> rows(Connection c) throws SQLException {
        Map<Long, OffsetDateTime> lastRead = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, last_read FROM document WHERE last_read IS NOT NULL");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                lastRead.put(rs.getLong(1), OffsetDateTime.parse(rs.getString(2)));
            }
        }
        Map<Long, List<String>> tags = names(c, "SELECT DISTINCT a.document_id, t.name FROM annotation a"
                + " JOIN annotation_tag at ON at.annotation_id = a.id JOIN tag t ON t.id = at.tag_id"
                + " ORDER BY a.document_id, t.name COLLATE NOCASE");
        Map<Long, List<String>> collections = names(c, "SELECT cd.document_id, c.name FROM collection_document cd"
                + " JOIN collection c ON c.id = cd.collection_id ORDER BY cd.document_id, c.name COLLATE NOCASE");
        List<LibraryRow> out = new ArrayList<>();
        for (DocumentInfo d : documents.list(c)) {
            out.add(new LibraryRow(d, lastRead.get(d.id()), tags.getOrDefault(d.id(), List.of()),
                    collections.getOrDefault(d.id(), List.of())));
        }
        return out;
    }

    private static Map<Long, List<String>> names(Connection c, String sql) throws SQLException {
        Map<Long, List<String>> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
            }
        }
        return out;
    }
}
