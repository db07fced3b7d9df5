package org.glossa.core.organize;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.glossa.core.GlossaException;
import org.glossa.core.store.AnnotationRepository;
import org.glossa.core.store.DocumentRepository;
import org.glossa.model.Annotation;
import org.glossa.model.DocumentInfo;
import org.glossa.model.ImportedDocument;

/**
 * Edits of a whole document: its title/author/source, and delete with undo. Undo is a
 * snapshot ({@link DeletedDocument}) rather than a soft-delete flag, so that no other query
 * in Glossa has to learn to skip deleted rows; the price is that a restored document gets a
 * new id (its annotations keep theirs).
 */
public final class DocumentEditor {
    public static final int MAX_FIELD = 1000;

    private final DocumentRepository documents = new DocumentRepository();
    private final AnnotationRepository annotations = new AnnotationRepository();
    private final CollectionRepository collections = new CollectionRepository();
    private final LinkRepository links = new LinkRepository();

    /** Sets title, author and source (blank author/source are stored as none). */
    public void updateInfo(Connection c, long id, String title, String author, String source) throws SQLException {
        String t = title == null ? "" : title.strip();
        if (t.isEmpty()) {
            throw new GlossaException("A document needs a title.");
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE document SET title = ?, author = ?, source = ? WHERE id = ?")) {
            ps.setString(1, limit(t));
            ps.setString(2, blankToNull(author));
            ps.setString(3, blankToNull(source));
            ps.setLong(4, id);
            ps.executeUpdate();
        }
    }

    /** Deletes a document and returns what restores it. */
    public DeletedDocument delete(Connection c, DocumentInfo info) throws SQLException {
        long id = info.id();
        ImportedDocument doc = new ImportedDocument(info.title(), info.author(), info.source(), info.format(),
                info.language(), info.direction(), documents.content(c, id), documents.metadata(c, id));
        List<Long> collectionIds = new ArrayList<>();
        for (DocumentCollection col : collections.of(c, id)) {
            collectionIds.add(col.id());
        }
        DeletedDocument deleted = new DeletedDocument(info, doc, lastRead(c, id), annotations.forDocument(c, id),
                collectionIds, links.touching(c, id));
        documents.delete(c, id);
        return deleted;
    }

    /** Puts a deleted document back; returns its new id. */
    public long restore(Connection c, DeletedDocument d) throws SQLException {
        if (documents.findByHash(c, d.info().contentHash()).isPresent()) {
            throw new GlossaException("'" + d.info().title() + "' is already in the library again; nothing to restore.");
        }
        long id = documents.insert(c, d.document(), d.info().contentHash(), d.info().added());
        if (d.lastRead() != null) {
            documents.markRead(c, id, d.lastRead());
        }
        for (Annotation a : d.annotations()) {
            annotations.insert(c, new Annotation(a.id(), id, a.start(), a.end(), a.quote(), a.color(), a.note(),
                    a.tags(), a.author(), a.created(), a.modified(), a.status(), a.motivation()));
        }
        for (long collection : d.collectionIds()) {
            if (collections.find(c, collection).isPresent()) {
                collections.add(c, collection, id, OffsetDateTime.now());
            }
        }
        for (StoredLink link : d.links()) {
            if (annotations.find(c, link.fromId()).isPresent() && annotations.find(c, link.toId()).isPresent()) {
                links.link(c, link);
            }
        }
        return id;
    }

    public static OffsetDateTime lastRead(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT last_read FROM document WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                String s = rs.next() ? rs.getString(1) : null;
                return s == null ? null : OffsetDateTime.parse(s);
            }
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : limit(s.strip());
    }

    private static String limit(String s) {
        return s.length() > MAX_FIELD ? s.substring(0, MAX_FIELD) : s;
    }
}
