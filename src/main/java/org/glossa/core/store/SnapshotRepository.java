package org.glossa.core.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.glossa.model.Annotation;

/** Reads and puts back {@link AnnotationSnapshot}s. All methods run on a connection the caller owns. */
public final class SnapshotRepository {
    private final AnnotationRepository annotations = new AnnotationRepository();

    /** The annotations with these ids that exist (in the order asked), with every link touching them. */
    public AnnotationSnapshot read(Connection c, Collection<String> ids) throws SQLException {
        List<Annotation> found = new ArrayList<>();
        Set<AnnotationSnapshot.Link> links = new LinkedHashSet<>();
        for (String id : new LinkedHashSet<>(ids)) {
            var a = annotations.find(c, id);
            if (a.isPresent()) {
                found.add(a.get());
                links.addAll(linksOf(c, id));
            }
        }
        return new AnnotationSnapshot(found, new ArrayList<>(links));
    }

    /**
     * Removes the annotations {@code removeIds} that {@code with} does not hold, writes every
     * annotation of {@code with} as it is there (updated in place when it exists, so its links stay
     * as they are now, else inserted) and puts back the links of the annotations it inserted, which
     * went with them when they were deleted. A link changed since on an annotation that stayed is
     * the reader's own later act and is left alone; links whose other end no longer exists, or
     * whose two ends are linked already, are left out.
     */
    public void replace(Connection c, Collection<String> removeIds, AnnotationSnapshot with) throws SQLException {
        Set<String> keep = new LinkedHashSet<>(with.ids());
        for (String id : removeIds) {
            if (!keep.contains(id)) {
                annotations.delete(c, id);
            }
        }
        Set<String> inserted = new LinkedHashSet<>();
        for (Annotation a : with.annotations()) {
            if (!annotations.update(c, a)) {
                annotations.insert(c, a);
                inserted.add(a.id());
            }
        }
        for (AnnotationSnapshot.Link l : with.links()) {
            if ((inserted.contains(l.fromId()) || inserted.contains(l.toId()))
                    && exists(c, l.fromId()) && exists(c, l.toId())) {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO annotation_link"
                        + "(from_id, to_id, kind, created) VALUES (?,?,?,?) ON CONFLICT(from_id, to_id) DO NOTHING")) {
                    ps.setString(1, l.fromId());
                    ps.setString(2, l.toId());
                    ps.setString(3, l.kind());
                    ps.setString(4, l.created());
                    ps.executeUpdate();
                }
            }
        }
    }

    private static boolean exists(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM annotation WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static List<AnnotationSnapshot.Link> linksOf(Connection c, String id) throws SQLException {
        List<AnnotationSnapshot.Link> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT from_id, to_id, kind, created FROM annotation_link"
                + " WHERE from_id = ? OR to_id = ? ORDER BY from_id, to_id")) {
            ps.setString(1, id);
            ps.setString(2, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new AnnotationSnapshot.Link(rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.getString(4)));
                }
            }
        }
        return out;
    }
}
