package org.glossa.core.packet;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.glossa.core.store.SettingRepository;

/**
 * Students' answers to a packet's questions. One author's answers on one packet are one value
 * in the library's settings, keyed by the packet's uid and the author: an answer belongs to a
 * person and a packet, not to a passage, so it is not an annotation (it would count in "most
 * marked passages", show in the sidebar and in exports), and it travels inside its author's own
 * layer file on a class remote, so nobody else's file can carry it. An answer names its reading
 * by the document's content hash and its question by position, and keeps the question's text as
 * it was answered, so a teacher who later rewords or reorders questions still sees what was asked.
 */
public final class PacketAnswers {
    private static final String PREFIX = "packet.answers.";
    private static final ObjectMapper JSON = new ObjectMapper();
    private final SettingRepository settings = new SettingRepository();

    /** One answer: the reading (content hash), the question's number (1-based) and text, the answer, when. */
    public record Answer(String author, String document, int question, String text, String answer, String modified) {
    }

    /** The stored form of an answer (the author is in the key). */
    record Stored(String document, int question, String text, String answer, String modified) {
    }

    private static String key(String packetUid, String author) {
        return PREFIX + packetUid + "." + author;
    }

    /** One author's answers on a packet, by reading and question. */
    public List<Answer> of(Connection c, String packetUid, String author) throws SQLException {
        return settings.find(c, key(packetUid, author)).map(v -> parse(v, author)).orElse(List.of());
    }

    /** Everyone's answers on a packet, by author, reading and question. */
    public List<Answer> all(Connection c, String packetUid) throws SQLException {
        List<Answer> out = new ArrayList<>();
        String prefix = PREFIX + packetUid + ".";
        try (PreparedStatement ps = c.prepareStatement("SELECT key, value FROM setting WHERE substr(key, 1, ?) = ?")) {
            ps.setInt(1, prefix.length());
            ps.setString(2, prefix);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.addAll(parse(rs.getString(2), rs.getString(1).substring(prefix.length())));
                }
            }
        }
        out.sort(Comparator.comparing(Answer::author).thenComparing(Answer::document).thenComparingInt(Answer::question));
        return out;
    }

    /**
     * Puts one author's answers on some readings of a packet: each replaces the answer to the same
     * reading and question, the others stay.
     */
    public void put(Connection c, String packetUid, String author, List<Answer> answers) throws SQLException {
        List<Answer> now = new ArrayList<>(of(c, packetUid, author));
        for (Answer a : answers) {
            now.removeIf(x -> x.document().equals(a.document()) && x.question() == a.question());
            now.add(new Answer(author, a.document(), a.question(), a.text(), a.answer(), a.modified()));
        }
        now.sort(Comparator.comparing(Answer::document).thenComparingInt(Answer::question));
        try {
            settings.put(c, key(packetUid, author), JSON.writeValueAsString(now.stream()
                    .map(a -> new Stored(a.document(), a.question(), a.text(), a.answer(), a.modified())).toList()));
        } catch (IOException e) {
            throw new IllegalStateException("answers are always writable as JSON", e);
        }
    }

    private static List<Answer> parse(String value, String author) {
        try {
            List<Stored> stored = JSON.readValue(value, new TypeReference<List<Stored>>() { });
            return stored.stream().map(s -> new Answer(author, s.document(), s.question(), s.text(), s.answer(),
                    s.modified())).toList();
        } catch (IOException e) {
            return List.of(); // written only by this class; a damaged value reads as no answers
        }
    }
}
