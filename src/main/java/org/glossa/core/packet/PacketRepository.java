package org.glossa.core.packet;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.glossa.core.store.Timestamps;

/** Packets, their readings and questions (schema 4). All methods run on a connection the caller owns. */
public final class PacketRepository {

    public long insert(Connection c, String uid, String title, String introduction, String author,
                       OffsetDateTime created) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO packet(uid, title, introduction, author, created)"
                + " VALUES (?,?,?,?,?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, uid);
            ps.setString(2, title);
            ps.setString(3, introduction);
            ps.setString(4, author);
            ps.setString(5, Timestamps.format(created));
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    public void update(Connection c, long id, String title, String introduction) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE packet SET title = ?, introduction = ? WHERE id = ?")) {
            ps.setString(1, title);
            ps.setString(2, introduction);
            ps.setLong(3, id);
            ps.executeUpdate();
        }
    }

    public void delete(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM packet WHERE id = ?")) {
            ps.setLong(1, id);
            ps.executeUpdate();
        }
    }

    /** Appends a document; a document already in the packet stays where it is. */
    public void addDocument(Connection c, long packetId, long documentId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT OR IGNORE INTO packet_document(packet_id, document_id,"
                + " position) VALUES (?, ?, (SELECT coalesce(max(position), 0) + 1 FROM packet_document"
                + " WHERE packet_id = ?))")) {
            ps.setLong(1, packetId);
            ps.setLong(2, documentId);
            ps.setLong(3, packetId);
            ps.executeUpdate();
        }
    }

    public void removeDocument(Connection c, long packetId, long documentId) throws SQLException {
        for (String table : List.of("packet_question", "packet_document")) {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table
                    + " WHERE packet_id = ? AND document_id = ?")) {
                ps.setLong(1, packetId);
                ps.setLong(2, documentId);
                ps.executeUpdate();
            }
        }
    }

    /** Moves a document to {@code index} (0-based, clamped) in the packet's order. */
    public void moveDocument(Connection c, long packetId, long documentId, int index) throws SQLException {
        List<Long> order = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT document_id FROM packet_document WHERE packet_id = ? ORDER BY position")) {
            ps.setLong(1, packetId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    order.add(rs.getLong(1));
                }
            }
        }
        if (!order.remove(documentId)) {
            return;
        }
        order.add(Math.max(0, Math.min(index, order.size())), documentId);
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE packet_document SET position = ? WHERE packet_id = ? AND document_id = ?")) {
            for (int i = 0; i < order.size(); i++) {
                ps.setInt(1, i + 1);
                ps.setLong(2, packetId);
                ps.setLong(3, order.get(i));
                ps.executeUpdate();
            }
        }
    }

    /**
     * Makes {@code documentIds} the packet's readings in this order: documents left out are
     * removed with their questions, new ones appended where they stand in the list.
     */
    public void setDocuments(Connection c, long packetId, List<Long> documentIds) throws SQLException {
        List<Long> now = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT document_id FROM packet_document WHERE packet_id = ?")) {
            ps.setLong(1, packetId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    now.add(rs.getLong(1));
                }
            }
        }
        for (long gone : now) {
            if (!documentIds.contains(gone)) {
                removeDocument(c, packetId, gone);
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO packet_document(packet_id, document_id, position)"
                + " VALUES (?, ?, ?) ON CONFLICT(packet_id, document_id) DO UPDATE SET position = excluded.position")) {
            for (int i = 0; i < documentIds.size(); i++) {
                ps.setLong(1, packetId);
                ps.setLong(2, documentIds.get(i));
                ps.setInt(3, i + 1);
                ps.executeUpdate();
            }
        }
    }

    /** Replaces the questions on one reading of the packet by {@code questions}, in order. */
    public void setQuestions(Connection c, long packetId, long documentId, List<Packet.Question> questions)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "DELETE FROM packet_question WHERE packet_id = ? AND document_id = ?")) {
            ps.setLong(1, packetId);
            ps.setLong(2, documentId);
            ps.executeUpdate();
        }
        for (Packet.Question q : questions) {
            addQuestion(c, packetId, documentId, q.text(), q.answer());
        }
    }

    public boolean updateQuestion(Connection c, long questionId, String text, String answer) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE packet_question SET question = ?, answer = ? WHERE id = ?")) {
            ps.setString(1, text);
            ps.setString(2, answer);
            ps.setLong(3, questionId);
            return ps.executeUpdate() > 0;
        }
    }

    public long addQuestion(Connection c, long packetId, long documentId, String text, String answer)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO packet_question(packet_id, document_id, position,"
                + " question, answer) VALUES (?, ?, (SELECT coalesce(max(position), 0) + 1 FROM packet_question"
                + " WHERE packet_id = ? AND document_id = ?), ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, packetId);
            ps.setLong(2, documentId);
            ps.setLong(3, packetId);
            ps.setLong(4, documentId);
            ps.setString(5, text);
            ps.setString(6, answer);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    public boolean deleteQuestion(Connection c, long questionId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM packet_question WHERE id = ?")) {
            ps.setLong(1, questionId);
            return ps.executeUpdate() > 0;
        }
    }

    public Optional<Long> findByUid(Connection c, String uid) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM packet WHERE uid = ?")) {
            ps.setString(1, uid);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        }
    }

    public List<Packet> list(Connection c) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id FROM packet ORDER BY id")) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        List<Packet> out = new ArrayList<>();
        for (long id : ids) {
            find(c, id).ifPresent(out::add);
        }
        return out;
    }

    public Optional<Packet> find(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT uid, title, introduction, author, created FROM packet WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Packet(id, rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        Timestamps.parse(rs.getString(5)), readings(c, id)));
            }
        }
    }

    private static List<Packet.Reading> readings(Connection c, long packetId) throws SQLException {
        List<Packet.Reading> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT pd.document_id, d.title FROM packet_document pd"
                + " JOIN document d ON d.id = pd.document_id WHERE pd.packet_id = ? ORDER BY pd.position")) {
            ps.setLong(1, packetId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Packet.Reading(rs.getLong(1), rs.getString(2), questions(c, packetId, rs.getLong(1))));
                }
            }
        }
        return out;
    }

    private static List<Packet.Question> questions(Connection c, long packetId, long documentId) throws SQLException {
        List<Packet.Question> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, question, answer FROM packet_question"
                + " WHERE packet_id = ? AND document_id = ? ORDER BY position")) {
            ps.setLong(1, packetId);
            ps.setLong(2, documentId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Packet.Question(rs.getLong(1), rs.getString(2), rs.getString(3)));
                }
            }
        }
        return out;
    }
}
