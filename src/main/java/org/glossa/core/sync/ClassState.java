package org.glossa.core.sync;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.glossa.core.store.SettingRepository;

/**
 * Which remotes are classes, and which packets each carries (kept in the library's settings). A
 * class remote moves only the readings of its packets and the annotations on them, never the
 * rest of the teacher's or a student's library; it also remembers, per reading, the answers last
 * pushed, so an answer changed since marks that reading's layer to push.
 */
final class ClassState {
    private static final String CLASS = "sync.class.";
    private static final String ANSWERS = "sync.answers.";
    private static final ObjectMapper JSON = new ObjectMapper();
    private final SettingRepository settings = new SettingRepository();

    /** The packets (uids) of a class remote, or empty when the remote is not a class. */
    Optional<List<String>> packets(Connection c, long remoteId) throws SQLException {
        Optional<String> v = settings.find(c, CLASS + remoteId);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(v.get(), new TypeReference<List<String>>() { }));
        } catch (IOException e) {
            return Optional.of(List.of());
        }
    }

    /** Makes the remote a class (when it is not yet) and adds a packet to it. */
    void add(Connection c, long remoteId, String packetUid) throws SQLException {
        Set<String> uids = new LinkedHashSet<>(packets(c, remoteId).orElse(List.of()));
        if (packetUid != null) {
            uids.add(packetUid);
        }
        try {
            settings.put(c, CLASS + remoteId, JSON.writeValueAsString(new ArrayList<>(uids)));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The content hashes of the readings of a class's packets: what the class remote carries. */
    Set<String> readings(Connection c, List<String> packetUids) throws SQLException {
        Set<String> out = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT d.content_hash FROM packet p"
                + " JOIN packet_document pd ON pd.packet_id = p.id JOIN document d ON d.id = pd.document_id"
                + " WHERE p.uid = ?")) {
            for (String uid : packetUids) {
                ps.setString(1, uid);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
            }
        }
        return out;
    }

    /** The hash of the answers last pushed on a reading, or empty. */
    Optional<String> answersPushed(Connection c, long remoteId, String documentHash) throws SQLException {
        return settings.find(c, ANSWERS + remoteId + "." + documentHash);
    }

    void setAnswersPushed(Connection c, long remoteId, String documentHash, String hash) throws SQLException {
        settings.put(c, ANSWERS + remoteId + "." + documentHash, hash);
    }

    /** Forgets a removed remote (its id may be given to the next remote added). */
    void forget(Connection c, long remoteId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM setting WHERE key = ? OR substr(key, 1, ?) = ?")) {
            String prefix = ANSWERS + remoteId + ".";
            ps.setString(1, CLASS + remoteId);
            ps.setInt(2, prefix.length());
            ps.setString(3, prefix);
            ps.executeUpdate();
        }
    }
}
