package org.glossa.core.packet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.glossa.core.store.SettingRepository;
import org.glossa.core.store.Timestamps;

/**
 * A packet as a teacher publishes it to a class remote: title, introduction, the readings in
 * order (by the content hash of their text, as the remote names documents) and the questions on
 * each, never the teacher's answers. A student's library keeps a received packet as the teacher
 * wrote it and refuses local changes to it: it is the teacher's.
 */
public final class ClassPacket {
    static final String FORMAT = "glossa-packet";
    private static final String RECEIVED = "packet.received.";
    private static final ObjectMapper JSON = new ObjectMapper();
    private final PacketRepository packets = new PacketRepository();
    private final SettingRepository settings = new SettingRepository();

    /** A packet file as read from a remote. */
    public record Received(String uid, String title, String introduction, String author, OffsetDateTime created,
                           List<ReceivedReading> readings) {
    }

    /** One reading of a received packet: the document's content hash and its questions in order. */
    public record ReceivedReading(String document, List<String> questions) {
    }

    /** The file for a packet whose readings have these content hashes and uris (in the packet's order). */
    public static byte[] write(Packet p, List<String> hashes, List<String> uris) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT).put("version", 1).put("uid", p.uid()).put("title", p.title())
                .put("introduction", p.introduction()).put("author", p.author())
                .put("created", Timestamps.format(p.created()));
        ArrayNode readings = root.putArray("readings");
        for (int i = 0; i < p.readings().size(); i++) {
            Packet.Reading r = p.readings().get(i);
            ObjectNode n = readings.addObject().put("document", hashes.get(i)).put("uri", uris.get(i))
                    .put("title", r.title());
            ArrayNode qs = n.putArray("questions");
            r.questions().forEach(q -> qs.add(q.text()));
        }
        return root.toPrettyString().getBytes(StandardCharsets.UTF_8);
    }

    /** Reads a packet file; one that is not one, or breaks the packet limits, is refused with a reason. */
    public static Received read(byte[] bytes, String name) {
        JsonNode root;
        try {
            root = JSON.readTree(bytes);
        } catch (IOException e) {
            throw new IllegalArgumentException(name + " is not valid JSON");
        }
        if (root == null || !FORMAT.equals(root.path("format").asText()) || !root.path("readings").isArray()) {
            throw new IllegalArgumentException(name + " is not a Glossa packet");
        }
        String uid = text(root, "uid", name, 100);
        String title = text(root, "title", name, BundleLimits.MAX_TITLE);
        String author = text(root, "author", name, 200);
        String intro = root.path("introduction").asText("");
        if (intro.length() > BundleLimits.MAX_INTRODUCTION || title.isBlank() || uid.isBlank() || author.isBlank()) {
            throw new IllegalArgumentException(name + " has no title, uid or author, or too long an introduction");
        }
        OffsetDateTime created;
        try {
            created = Timestamps.parse(root.path("created").asText());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(name + " has no valid creation time");
        }
        List<ReceivedReading> readings = new ArrayList<>();
        for (JsonNode r : root.get("readings")) {
            List<String> questions = new ArrayList<>();
            for (JsonNode q : r.path("questions")) {
                if (!q.isTextual() || q.asText().length() > BundleLimits.MAX_QUESTION) {
                    throw new IllegalArgumentException(name + " has a question that is not text or is too long");
                }
                if (!q.asText().isBlank()) {
                    questions.add(q.asText().strip());
                }
            }
            readings.add(new ReceivedReading(text(r, "document", name, 64), questions));
        }
        return new Received(uid, title, intro, author, created, readings);
    }

    private static String text(JsonNode n, String field, String name, int max) {
        JsonNode v = n.path(field);
        if (!v.isTextual() || v.asText().length() > max) {
            throw new IllegalArgumentException(name + " has no valid \"" + field + "\"");
        }
        return v.asText().strip();
    }

    /**
     * Stores a received packet with its readings (document ids by content hash) and questions, in
     * the caller's transaction: new, or replacing the teacher's earlier version. A packet here by
     * someone else under that uid (the user's own above all) is refused and left as it is.
     */
    public long receive(Connection c, Received r, Map<String, Long> documentsByHash) throws SQLException {
        Optional<Long> existing = packets.findByUid(c, r.uid());
        if (existing.isPresent()) {
            Packet here = packets.find(c, existing.get()).orElseThrow();
            if (!java.util.Objects.equals(here.author(), r.author()) || !isReceived(c, r.uid())) {
                throw new IllegalArgumentException("the packet \"" + here.title() + "\" here is by " + here.author()
                        + "; a file by " + r.author() + " may not change it");
            }
        }
        long id = existing.isPresent() ? existing.get()
                : packets.insert(c, r.uid(), r.title(), r.introduction(), r.author(), r.created());
        packets.update(c, id, r.title(), r.introduction());
        List<Long> ids = r.readings().stream().map(x -> documentsByHash.get(x.document())).toList();
        packets.setDocuments(c, id, ids);
        for (int i = 0; i < ids.size(); i++) {
            packets.setQuestions(c, id, ids.get(i), r.readings().get(i).questions().stream()
                    .map(q -> new Packet.Question(0, q, "")).toList());
        }
        settings.put(c, RECEIVED + r.uid(), r.author());
        return id;
    }

    /** Whether the packet came from a class remote (and so is its teacher's, not to be changed here). */
    public boolean isReceived(Connection c, String uid) throws SQLException {
        return settings.find(c, RECEIVED + uid).isPresent();
    }
}
