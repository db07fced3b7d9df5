package org.glossa.core.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.glossa.core.store.Timestamps;

/** The sync tables of schema 9: remotes, what each remote's files were, and the user's items as synced. */
final class SyncRepository {

    /** A remote file or folder as last read or written: its version there and the hash of its bytes. */
    record SyncedFile(String path, String version, boolean weak, String lastModified, String hash) {
        RemoteEntry entry() {
            return version == null ? null : new RemoteEntry(path, path.endsWith("/"), version, weak, lastModified);
        }
    }

    /** One of the user's annotations as the remote has it; {@code deleted} is set for a tombstone. */
    record SyncedItem(String annotationId, String documentHash, String modified, String deleted) {
    }

    long addRemote(Connection c, String name, String url, String user, String passwordEnv) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO sync_remote(name, url, user_name, password_env) VALUES (?, ?, ?, ?)")) {
            ps.setString(1, name);
            ps.setString(2, url);
            ps.setString(3, user);
            ps.setString(4, passwordEnv);
            ps.executeUpdate();
        }
        return findRemote(c, name).orElseThrow().id();
    }

    List<SyncRemote> remotes(Connection c) throws SQLException {
        List<SyncRemote> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id, name, url, user_name, password_env, last_synced FROM sync_remote ORDER BY name");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(remote(rs));
            }
        }
        return out;
    }

    Optional<SyncRemote> findRemote(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id, name, url, user_name, password_env, last_synced FROM sync_remote WHERE name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(remote(rs)) : Optional.empty();
            }
        }
    }

    private static SyncRemote remote(ResultSet rs) throws SQLException {
        return new SyncRemote(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                Timestamps.parse(rs.getString(6)));
    }

    boolean removeRemote(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM sync_remote WHERE id = ?")) {
            ps.setLong(1, id);
            return ps.executeUpdate() > 0;
        }
    }

    void setLastSynced(Connection c, long id, OffsetDateTime at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE sync_remote SET last_synced = ? WHERE id = ?")) {
            ps.setString(1, Timestamps.format(at));
            ps.setLong(2, id);
            ps.executeUpdate();
        }
    }

    Map<String, SyncedFile> files(Connection c, long remoteId) throws SQLException {
        Map<String, SyncedFile> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT path, version, weak, last_modified, hash FROM sync_file WHERE remote_id = ?")) {
            ps.setLong(1, remoteId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), new SyncedFile(rs.getString(1), rs.getString(2), rs.getInt(3) != 0,
                            rs.getString(4), rs.getString(5)));
                }
            }
        }
        return out;
    }

    void putFile(Connection c, long remoteId, SyncedFile f) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT OR REPLACE INTO sync_file(remote_id, path, version,"
                + " weak, last_modified, hash) VALUES (?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, remoteId);
            ps.setString(2, f.path());
            ps.setString(3, f.version());
            ps.setInt(4, f.weak() ? 1 : 0);
            ps.setString(5, f.lastModified());
            ps.setString(6, f.hash());
            ps.executeUpdate();
        }
    }

    Map<String, SyncedItem> items(Connection c, long remoteId, String documentHash) throws SQLException {
        Map<String, SyncedItem> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT annotation_id, document_hash, modified, deleted"
                + " FROM sync_item WHERE remote_id = ? AND document_hash = ?")) {
            ps.setLong(1, remoteId);
            ps.setString(2, documentHash);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), new SyncedItem(rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.getString(4)));
                }
            }
        }
        return out;
    }

    void putItem(Connection c, long remoteId, SyncedItem item) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT OR REPLACE INTO sync_item(remote_id, annotation_id,"
                + " document_hash, modified, deleted) VALUES (?, ?, ?, ?, ?)")) {
            ps.setLong(1, remoteId);
            ps.setString(2, item.annotationId());
            ps.setString(3, item.documentHash());
            ps.setString(4, item.modified());
            ps.setString(5, item.deleted());
            ps.executeUpdate();
        }
    }

    /** Forgets that the remote had one of the user's annotations from here. */
    void forgetItem(Connection c, long remoteId, String annotationId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM sync_item WHERE remote_id = ? AND annotation_id = ?")) {
            ps.setLong(1, remoteId);
            ps.setString(2, annotationId);
            ps.executeUpdate();
        }
    }

    /**
     * The documents (by content hash) where the user's own annotations differ from what the remote
     * has: new, changed or deleted since the last sync. Reads only the user's annotations.
     */
    Set<String> changedDocuments(Connection c, long remoteId, String author) throws SQLException {
        Set<String> out = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement(CHANGED)) {
            ps.setLong(1, remoteId);
            ps.setString(2, author);
            ps.setLong(3, remoteId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }

    /** How many of the user's annotations on these documents (by content hash) changed since the last sync. */
    int pending(Connection c, long remoteId, String author, Set<String> documents) throws SQLException {
        int n = 0;
        try (PreparedStatement ps = c.prepareStatement(CHANGED_ROWS)) {
            ps.setLong(1, remoteId);
            ps.setString(2, author);
            ps.setLong(3, remoteId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    n += documents.contains(rs.getString(1)) ? 1 : 0;
                }
            }
        }
        return n;
    }

    /** How many of the user's annotations are new, changed or deleted since the last sync. */
    int pending(Connection c, long remoteId, String author) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM (" + CHANGED_ROWS + ")")) {
            ps.setLong(1, remoteId);
            ps.setString(2, author);
            ps.setLong(3, remoteId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }

    private static final String CHANGED_ROWS = "SELECT d.content_hash AS h, a.id AS i FROM annotation a"
            + " JOIN document d ON d.id = a.document_id"
            + " LEFT JOIN sync_item s ON s.remote_id = ? AND s.annotation_id = a.id"
            + " WHERE a.author = ? AND (s.annotation_id IS NULL OR s.deleted IS NOT NULL OR s.modified <> a.modified)"
            + " UNION ALL SELECT s.document_hash AS h, s.annotation_id AS i FROM sync_item s"
            + " WHERE s.remote_id = ? AND s.deleted IS NULL"
            + " AND NOT EXISTS (SELECT 1 FROM annotation a WHERE a.id = s.annotation_id)";
    private static final String CHANGED = "SELECT DISTINCT h FROM (" + CHANGED_ROWS + ")";
}
