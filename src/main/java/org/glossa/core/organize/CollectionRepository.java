package org.glossa.core.organize;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.glossa.core.GlossaException;

/** Collections and their documents. All methods run on a connection the caller owns. */
public final class CollectionRepository {
    private static final String SELECT = "SELECT c.id, c.name, (SELECT count(*) FROM collection_document cd"
            + " WHERE cd.collection_id = c.id) FROM collection c";
    public static final int MAX_NAME = 200;

    public DocumentCollection create(Connection c, String name, OffsetDateTime at) throws SQLException {
        String clean = cleanName(name);
        if (find(c, clean).isPresent()) {
            throw new GlossaException("A collection named '" + clean + "' already exists.");
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO collection(name, created) VALUES (?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, clean);
            ps.setString(2, at.toString());
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return new DocumentCollection(keys.getLong(1), clean, 0);
            }
        }
    }

    public void rename(Connection c, long id, String name) throws SQLException {
        String clean = cleanName(name);
        Optional<DocumentCollection> clash = find(c, clean);
        if (clash.isPresent() && clash.get().id() != id) {
            throw new GlossaException("A collection named '" + clean + "' already exists.");
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE collection SET name = ? WHERE id = ?")) {
            ps.setString(1, clean);
            ps.setLong(2, id);
            requireOne(ps.executeUpdate(), id);
        }
    }

    public void delete(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM collection WHERE id = ?")) {
            ps.setLong(1, id);
            requireOne(ps.executeUpdate(), id);
        }
    }

    /** Adds a document; true when it was not in the collection before. */
    public boolean add(Connection c, long collectionId, long documentId, OffsetDateTime at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT OR IGNORE INTO collection_document(collection_id, document_id, added) VALUES (?,?,?)")) {
            ps.setLong(1, collectionId);
            ps.setLong(2, documentId);
            ps.setString(3, at.toString());
            return ps.executeUpdate() > 0;
        }
    }

    public boolean remove(Connection c, long collectionId, long documentId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "DELETE FROM collection_document WHERE collection_id = ? AND document_id = ?")) {
            ps.setLong(1, collectionId);
            ps.setLong(2, documentId);
            return ps.executeUpdate() > 0;
        }
    }

    public List<DocumentCollection> list(Connection c) throws SQLException {
        return query(c, SELECT + " ORDER BY c.name COLLATE NOCASE");
    }

    /** The collections a document is in. */
    public List<DocumentCollection> of(Connection c, long documentId) throws SQLException {
        return query(c, SELECT + " WHERE c.id IN (SELECT collection_id FROM collection_document WHERE document_id = ?)"
                + " ORDER BY c.name COLLATE NOCASE", documentId);
    }

    public Optional<DocumentCollection> find(Connection c, String name) throws SQLException {
        List<DocumentCollection> found = query(c, SELECT + " WHERE c.name = ? COLLATE NOCASE", name.strip());
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    public Optional<DocumentCollection> find(Connection c, long id) throws SQLException {
        List<DocumentCollection> found = query(c, SELECT + " WHERE c.id = ?", id);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** The ids of a collection's documents, in the order they were added. */
    public List<Long> documentIds(Connection c, long collectionId) throws SQLException {
        List<Long> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT document_id FROM collection_document"
                + " WHERE collection_id = ? ORDER BY added, document_id")) {
            ps.setLong(1, collectionId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
            }
        }
        return out;
    }

    private static List<DocumentCollection> query(Connection c, String sql, Object... args) throws SQLException {
        List<DocumentCollection> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new DocumentCollection(rs.getLong(1), rs.getString(2), rs.getInt(3)));
                }
            }
        }
        return out;
    }

    static String cleanName(String name) {
        String clean = name == null ? "" : name.strip().replaceAll("\\s+", " ");
        if (clean.isEmpty()) {
            throw new GlossaException("Give the collection a name.");
        }
        if (clean.length() > MAX_NAME) {
            throw new GlossaException("A collection name can have at most " + MAX_NAME + " characters.");
        }
        return clean;
    }

    private static void requireOne(int changed, long id) {
        if (changed == 0) {
            throw new GlossaException("No collection with id " + id + ".");
        }
    }
}
