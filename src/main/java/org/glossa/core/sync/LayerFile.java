package org.glossa.core.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.glossa.core.export.webannotation.WebAnnotations;
import org.glossa.core.store.Timestamps;

/**
 * One author's annotations on one document as the remote keeps them: a W3C AnnotationCollection
 * (written by the library's Web Annotation export, read by its import) whose items are that
 * author's annotations, plus the ids the author deleted (tombstones) under a Glossa property with
 * an absolute IRI as its key, which other JSON-LD tools ignore.
 */
final class LayerFile {
    static final String DELETED = "https://glossa.app/ns/deleted";
    static final String ANSWERS = "https://glossa.app/ns/answers";
    static final String DOCUMENT_DELETED = "https://glossa.app/ns/documentDeleted";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_ANSWER = org.glossa.core.packet.BundleLimits.MAX_ANSWER;

    /** An annotation the author deleted, and when. */
    record Tombstone(String id, String deleted) {
    }

    /** One item of the file with what sync needs to know before importing it. */
    record Item(String id, String creator, OffsetDateTime modified, ObjectNode node) {
    }

    /** The author's answer to a question of a class packet on this document's reading. */
    record Answer(String packet, int question, String text, String answer, String modified) {
    }

    private final ObjectNode root;
    private final List<Answer> answers = new ArrayList<>();
    private String documentDeleted;
    private final List<Item> items = new ArrayList<>();
    private final List<Tombstone> tombstones = new ArrayList<>();

    private LayerFile(ObjectNode root) {
        this.root = root;
    }

    static byte[] write(String collectionJson, Collection<Tombstone> deleted) {
        return write(collectionJson, deleted, List.of(), null);
    }

    /**
     * The file with the author's answers on this reading, and, when the author deleted the
     * document ({@code documentDeleted} is when), that mark: the author's other devices drop it.
     */
    static byte[] write(String collectionJson, Collection<Tombstone> deleted, Collection<Answer> answered,
                        String documentDeleted) {
        try {
            ObjectNode root = (ObjectNode) JSON.readTree(collectionJson);
            ArrayNode out = root.putArray(DELETED);
            for (Tombstone t : deleted) {
                out.addObject().put("id", t.id().contains(":") ? t.id() : "urn:uuid:" + t.id()).put("deleted", t.deleted());
            }
            if (!answered.isEmpty()) {
                ArrayNode a = root.putArray(ANSWERS);
                for (Answer x : answered) {
                    a.addObject().put("packet", x.packet()).put("question", x.question()).put("text", x.text())
                            .put("answer", x.answer()).put("modified", x.modified());
                }
            }
            if (documentDeleted != null) {
                root.put(DOCUMENT_DELETED, documentDeleted);
            }
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
        } catch (IOException | ClassCastException e) {
            throw new IllegalStateException("the library's own export is always a JSON object", e);
        }
    }

    /** Reads a file; a file that is not such a collection is refused with a short reason. */
    static LayerFile read(byte[] bytes, String name) {
        JsonNode tree;
        try {
            tree = JSON.readTree(bytes);
        } catch (IOException e) {
            throw new IllegalArgumentException(name + " is not valid JSON");
        }
        if (tree == null || !tree.isObject() || !tree.path("first").path("items").isArray()) {
            throw new IllegalArgumentException(name + " is not an AnnotationCollection with its items embedded");
        }
        LayerFile f = new LayerFile((ObjectNode) tree);
        for (JsonNode n : tree.path("first").path("items")) {
            if (!n.isObject() || !n.path("id").isTextual()) {
                throw new IllegalArgumentException(name + " has an annotation without an id");
            }
            f.items.add(new Item(WebAnnotations.glossaId(n.get("id").asText().strip()),
                    WebAnnotations.creatorName(n.get("creator")), time(n.path("modified").asText(null)), (ObjectNode) n));
        }
        for (JsonNode n : tree.path(DELETED)) {
            if (n.path("id").isTextual() && n.path("deleted").isTextual() && time(n.get("deleted").asText()) != null) {
                f.tombstones.add(new Tombstone(WebAnnotations.glossaId(n.get("id").asText()), n.get("deleted").asText()));
            }
        }
        for (JsonNode n : tree.path(ANSWERS)) {
            if (n.path("packet").isTextual() && n.path("question").canConvertToInt() && n.path("question").asInt() > 0
                    && n.path("answer").isTextual() && n.path("answer").asText().length() <= MAX_ANSWER
                    && n.path("text").asText("").length() <= MAX_ANSWER && time(n.path("modified").asText(null)) != null) {
                f.answers.add(new Answer(n.get("packet").asText(), n.get("question").asInt(), n.path("text").asText(""),
                        n.get("answer").asText(), n.get("modified").asText()));
            }
        }
        String gone = tree.path(DOCUMENT_DELETED).asText(null);
        f.documentDeleted = time(gone) == null ? null : gone;
        return f;
    }

    List<Answer> answers() {
        return answers;
    }

    /** When the author deleted the document, or null. */
    String documentDeleted() {
        return documentDeleted;
    }

    List<Item> items() {
        return items;
    }

    List<Tombstone> tombstones() {
        return tombstones;
    }

    /** The same collection with only {@code chosen} as its items, for the library's import. */
    String json(List<ObjectNode> chosen) {
        ObjectNode copy = root.deepCopy();
        copy.remove(List.of(DELETED, ANSWERS, DOCUMENT_DELETED));
        ArrayNode a = ((ObjectNode) copy.get("first")).putArray("items");
        chosen.forEach(a::add);
        copy.put("total", chosen.size());
        return copy.toString();
    }

    /**
     * A copy of an item as a new annotation tagged {@code tag}: the visible conflict copy of an edit
     * that lost. Its id is derived from the original and its time, so the same conflict met twice
     * makes one copy.
     */
    static ObjectNode copyTagged(ObjectNode item, String id, String tag) {
        ObjectNode copy = item.deepCopy();
        copy.put("id", "urn:uuid:" + id);
        JsonNode body = copy.get("body");
        ArrayNode bodies = JSON.createArrayNode();
        if (body != null && body.isArray()) {
            bodies.addAll((ArrayNode) body);
        } else if (body != null && !body.isNull()) {
            bodies.add(body);
        }
        bodies.addObject().put("type", "TextualBody").put("purpose", "tagging").put("value", tag);
        copy.set("body", bodies);
        return copy;
    }

    static OffsetDateTime time(String s) {
        if (s == null) {
            return null;
        }
        try {
            return Timestamps.parse(s);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
