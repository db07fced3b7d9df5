package org.glossa.core.export.webannotation;

import static org.glossa.core.export.webannotation.WebAnnotationVocabulary.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.glossa.core.GlossaException;
import org.glossa.core.Limits;
import org.glossa.model.AnchorStatus;
import org.glossa.model.Motivation;
import org.glossa.model.TextQuote;

/**
 * Reads W3C Web Annotation JSON-LD as other tools write it: an AnnotationCollection (its embedded
 * pages), an AnnotationPage, one Annotation, or a JSON array of annotations. Values may be single
 * or arrays, bodies may be {@code bodyValue}, selectors may be one or several; what Glossa cannot
 * use (audio bodies, CSS selectors, ...) is ignored rather than refused.
 */
final class WebAnnotationReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The annotations in a JSON-LD document. */
    List<IncomingAnnotation> read(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (IOException e) {
            throw new GlossaException("The file is not valid JSON: " + firstLine(e.getMessage()));
        }
        List<JsonNode> nodes = new ArrayList<>();
        collect(root, nodes);
        if (nodes.isEmpty()) {
            throw new GlossaException("The file holds no W3C annotations (no Annotation, AnnotationPage or"
                    + " AnnotationCollection).");
        }
        if (nodes.size() > Limits.MAX_IMPORTED_ANNOTATIONS) {
            throw new GlossaException(Limits.tooManyAnnotations(nodes.size()));
        }
        List<IncomingAnnotation> out = new ArrayList<>(nodes.size());
        for (int i = 0; i < nodes.size(); i++) {
            out.add(annotation(nodes.get(i), i + 1));
        }
        return out;
    }

    private static void collect(JsonNode node, List<JsonNode> out) {
        if (node == null || node.isNull()) {
            return;
        }
        if (node.isArray()) {
            node.forEach(n -> collect(n, out));
        } else if (hasType(node, COLLECTION)) {
            collect(node.get("first"), out);
        } else if (hasType(node, PAGE)) {
            collect(node.get("items"), out);
            // later pages can only be followed when they are embedded: Glossa never fetches
            JsonNode next = node.get("next");
            if (next != null && next.isObject()) {
                collect(next, out);
            }
        } else if (node.isObject() && (hasType(node, ANNOTATION) || node.has("target"))) {
            out.add(node);
        }
    }

    private IncomingAnnotation annotation(JsonNode n, int position) {
        JsonNode idNode = n.get("id");
        String id = null;
        if (idNode != null && !idNode.isNull()) {
            // an id is one IRI: an array or an object could stand for any annotation, so it is refused
            if (!idNode.isTextual() || idNode.asText().isBlank()) {
                return IncomingAnnotation.refused("annotation " + position,
                        "its id is not one IRI string (" + abbreviated(idNode.toString()) + ")");
            }
            id = glossaId(idNode.asText().strip());
        }
        String note = null;
        List<String> tags = new ArrayList<>();
        if (n.hasNonNull("bodyValue")) {
            note = text(n.get("bodyValue"));
        }
        for (JsonNode body : each(n.get("body"))) {
            if (!body.isObject() || !body.has("value")) {
                continue;
            }
            String value = text(body.get("value"));
            if (value == null) {
                continue;
            }
            if (hasValue(body.get("purpose"), TAGGING) || hasValue(n.get("motivation"), TAGGING) && !body.has("purpose")) {
                tags.add(value);
            } else {
                note = note == null ? value : note + "\n\n" + value;
            }
        }
        JsonNode target = firstTarget(n.get("target"));
        String source = target == null ? null : target.isTextual() ? target.asText() : text(target.get("source"));
        TextQuote quote = null;
        Long start = null;
        Long end = null;
        String color = null;
        if (target != null && target.isObject()) {
            color = text(target.get("styleClass"));
            for (JsonNode s : selectors(target.get("selector"))) {
                if (hasType(s, QUOTE_SELECTOR) && s.hasNonNull("exact")) {
                    quote = new TextQuote(text(s.get("exact")), text(s.get("prefix")), text(s.get("suffix")));
                } else if (hasType(s, POSITION_SELECTOR) && s.path("start").canConvertToLong()
                        && s.path("end").canConvertToLong()) {
                    start = s.get("start").asLong();
                    end = s.get("end").asLong();
                }
            }
        }
        String status = text(n.get(ANCHOR_STATUS));
        if (note != null && note.length() > Limits.MAX_NOTE_CHARS) {
            return IncomingAnnotation.refused(id == null ? "annotation " + position : id, Limits.tooLongNote(note.length()));
        }
        return new IncomingAnnotation(id, source, quote, start, end, note == null ? "" : note, tags, color,
                creator(n.get("creator")), time(n.get("created")), time(n.get("modified")), status(status),
                hasValue(n.get("motivation"), BOOKMARKING) ? Motivation.BOOKMARKING : Motivation.HIGHLIGHTING, null);
    }

    /** The first target that is a text passage (a SpecificResource with selectors), else the first. */
    private static JsonNode firstTarget(JsonNode target) {
        List<JsonNode> all = each(target);
        return all.stream().filter(t -> t.isObject() && t.has("selector")).findFirst()
                .orElse(all.isEmpty() ? null : all.get(0));
    }

    /** The selectors and what refines them ("para5", refined by a quote inside it). */
    private static List<JsonNode> selectors(JsonNode selector) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode s : each(selector)) {
            for (JsonNode r = s; r != null && r.isObject(); r = r.get("refinedBy")) {
                out.add(r);
            }
        }
        return out;
    }

    static String creator(JsonNode c) {
        for (JsonNode agent : each(c)) {
            if (agent.isTextual()) {
                return agent.asText();
            }
            for (String key : List.of("name", "nickname", "id")) {
                String v = text(agent.get(key));
                if (v != null) {
                    return v;
                }
            }
        }
        return null;
    }

    private static OffsetDateTime time(JsonNode n) {
        String s = text(n);
        if (s == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(s);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static AnchorStatus status(String code) {
        for (AnchorStatus s : AnchorStatus.values()) {
            if (s.code().equals(code)) {
                return s;
            }
        }
        return null;
    }

    /** A value that may be single or an array, as a list. */
    private static List<JsonNode> each(JsonNode n) {
        List<JsonNode> out = new ArrayList<>();
        if (n == null || n.isNull()) {
            return out;
        }
        if (n.isArray()) {
            n.forEach(out::add);
        } else {
            out.add(n);
        }
        return out;
    }

    private static boolean hasType(JsonNode n, String type) {
        return n != null && n.isObject() && hasValue(n.get("type"), type);
    }

    private static boolean hasValue(JsonNode n, String value) {
        return each(n).stream().anyMatch(v -> v.isTextual() && v.asText().equals(value));
    }

    /** A single string value (the first of an array), or null. */
    private static String text(JsonNode n) {
        List<JsonNode> all = each(n);
        return all.isEmpty() || !all.get(0).isValueNode() ? null : all.get(0).asText();
    }

    private static String abbreviated(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse("");
    }
}
