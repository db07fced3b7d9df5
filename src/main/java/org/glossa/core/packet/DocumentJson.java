package org.glossa.core.packet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.glossa.model.Block;
import org.glossa.model.BlockKind;
import org.glossa.model.Document;
import org.glossa.model.DocumentContent;
import org.glossa.model.ImportedDocument;
import org.glossa.model.Mark;
import org.glossa.model.MarkKind;
import org.glossa.model.TextDirection;

/**
 * A document inside a bundle: its normalised text and its structure as offsets, so that the
 * receiving library holds exactly the same text and every annotation offset still fits.
 * Reading is strict: a range outside the text or an unknown kind is refused, never repaired.
 */
public final class DocumentJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private DocumentJson() {
    }

    public static byte[] write(Document doc) {
        ObjectNode root = JSON.createObjectNode();
        root.put("title", doc.info().title());
        root.put("author", doc.info().author());
        root.put("source", doc.info().source());
        root.put("format", doc.info().format());
        root.put("language", doc.info().language());
        root.put("direction", doc.info().direction().code());
        root.put("text", doc.text());
        ArrayNode blocks = root.putArray("blocks");
        for (Block b : doc.content().blocks()) {
            blocks.addObject().put("kind", b.kind().name().toLowerCase(Locale.ROOT)).put("start", b.start())
                    .put("end", b.end()).put("level", b.level());
        }
        ArrayNode marks = root.putArray("marks");
        for (Mark m : doc.content().marks()) {
            ObjectNode n = marks.addObject().put("kind", m.kind().name().toLowerCase(Locale.ROOT))
                    .put("start", m.start()).put("end", m.end());
            if (m.href() != null) {
                n.put("href", m.href());
            }
        }
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
        } catch (IOException e) {
            throw new IllegalStateException("a tree of plain values always serialises", e);
        }
    }

    public static ImportedDocument read(String name, byte[] bytes) {
        JsonNode root;
        try {
            root = JSON.readTree(bytes);
        } catch (IOException e) {
            throw new BundleException(name + " is not valid JSON.");
        }
        if (root == null || !root.isObject() || !root.path("text").isTextual() || !root.path("title").isTextual()) {
            throw new BundleException(name + " needs a text and a title.");
        }
        String text = root.get("text").asText();
        List<Block> blocks = new ArrayList<>();
        for (JsonNode b : array(root, "blocks", name)) {
            int[] r = range(b, text, name);
            blocks.add(new Block(kind(BlockKind.class, b, name), r[0], r[1], b.path("level").asInt(0)));
        }
        List<Mark> marks = new ArrayList<>();
        for (JsonNode m : array(root, "marks", name)) {
            int[] r = range(m, text, name);
            String href = m.path("href").isTextual() ? m.get("href").asText() : null;
            marks.add(new Mark(kind(MarkKind.class, m, name), r[0], r[1], href));
        }
        TextDirection direction = "rtl".equals(root.path("direction").asText()) ? TextDirection.RTL : TextDirection.LTR;
        return new ImportedDocument(root.get("title").asText(), optional(root, "author"), optional(root, "source"),
                root.path("format").asText("text"), optional(root, "language"), direction,
                new DocumentContent(text, blocks, marks), Map.of());
    }

    private static Iterable<JsonNode> array(JsonNode root, String field, String name) {
        JsonNode a = root.get(field);
        if (a == null || a.isNull()) {
            return List.of();
        }
        if (!a.isArray()) {
            throw new BundleException(name + ": '" + field + "' must be a list.");
        }
        return a;
    }

    private static int[] range(JsonNode n, String text, String name) {
        if (!n.path("start").isInt() || !n.path("end").isInt()) {
            throw new BundleException(name + ": a block or mark needs whole-number start and end.");
        }
        int start = n.get("start").asInt();
        int end = n.get("end").asInt();
        if (start < 0 || end < start || end > text.length()) {
            throw new BundleException(name + ": the range " + start + ".." + end + " is outside the text.");
        }
        return new int[] {start, end};
    }

    private static <E extends Enum<E>> E kind(Class<E> type, JsonNode n, String name) {
        try {
            return Enum.valueOf(type, n.path("kind").asText().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BundleException(name + ": unknown kind '" + n.path("kind").asText() + "'.");
        }
    }

    private static String optional(JsonNode root, String field) {
        return root.path(field).isTextual() ? root.get(field).asText() : null;
    }
}
