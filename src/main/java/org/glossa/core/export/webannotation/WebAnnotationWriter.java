package org.glossa.core.export.webannotation;

import static org.glossa.core.export.webannotation.WebAnnotationVocabulary.*;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.glossa.model.AnchorStatus;
import org.glossa.model.Annotation;
import org.glossa.model.HighlightColor;

/**
 * Writes annotations as W3C Web Annotation JSON-LD: notes and tags as TextualBody (commenting,
 * tagging), a SpecificResource target with a TextQuoteSelector and a TextPositionSelector in code
 * points, the colour as {@code styleClass} with a CssStylesheet, timestamps with their zone and
 * the author as a Person.
 */
public final class WebAnnotationWriter {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** The interchange uri of the document an annotation belongs to, and its text's code points. */
    public static final class Source {
        private final String uri;
        private final CodePoints codePoints;

        public Source(String uri, String text) {
            this.uri = uri;
            this.codePoints = new CodePoints(text);
        }
    }

    /** An annotation with the document it is written against. */
    public record Item(Annotation annotation, Source source) {
    }

    /** One annotation as a stand-alone JSON-LD document (with {@code @context}). */
    public ObjectNode annotation(Item item) {
        ObjectNode node = JSON.createObjectNode();
        node.put("@context", CONTEXT);
        fill(node, item);
        return node;
    }

    /** Annotations as an AnnotationCollection whose first (and only) page embeds them all. */
    public ObjectNode collection(String label, List<Item> items) {
        String id = UUID_URN + UUID.randomUUID();
        ObjectNode c = JSON.createObjectNode();
        c.put("@context", CONTEXT);
        c.put("id", id);
        c.put("type", COLLECTION);
        c.put("label", label);
        c.put("total", items.size());
        ObjectNode page = c.putObject("first");
        page.put("id", id + "#page1");
        page.put("type", PAGE);
        page.put("startIndex", 0);
        ArrayNode array = page.putArray("items");
        for (Item item : items) {
            fill(array.addObject(), item);
        }
        return c;
    }

    public static String toJson(ObjectNode node) {
        try {
            return JSON.writeValueAsString(node) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain values always serialises", e);
        }
    }

    private void fill(ObjectNode node, Item item) {
        Annotation a = item.annotation();
        node.put("id", annotationIri(a.id()));
        node.put("type", ANNOTATION);
        node.put("motivation", a.isBookmark() ? BOOKMARKING
                : !a.note().isEmpty() ? COMMENTING : !a.tags().isEmpty() ? TAGGING : HIGHLIGHTING);
        if (a.author() != null && !a.author().isBlank()) {
            ObjectNode creator = node.putObject("creator");
            creator.put("type", "Person");
            creator.put("name", a.author());
        }
        node.put("created", timestamp(a.created()));
        node.put("modified", timestamp(a.modified()));
        ObjectNode generator = node.putObject("generator");
        generator.put("type", "Software");
        generator.put("name", "Glossa");
        node.set("stylesheet", stylesheet(Set.of(a.color())));
        if (!a.note().isEmpty() || !a.tags().isEmpty()) {
            ArrayNode bodies = node.putArray("body");
            if (!a.note().isEmpty()) {
                ObjectNode note = bodies.addObject();
                note.put("type", TEXTUAL_BODY);
                note.put("purpose", COMMENTING);
                note.put("value", a.note());
                note.put("format", MARKDOWN);
            }
            for (String tag : a.tags()) {
                ObjectNode t = bodies.addObject();
                t.put("type", TEXTUAL_BODY);
                t.put("purpose", TAGGING);
                t.put("value", tag);
            }
        }
        ObjectNode target = node.putObject("target");
        target.put("type", "SpecificResource");
        target.put("source", item.source().uri);
        target.put("styleClass", a.color());
        ArrayNode selectors = target.putArray("selector");
        ObjectNode quote = selectors.addObject();
        quote.put("type", QUOTE_SELECTOR);
        quote.put("exact", a.quote().exact());
        quote.put("prefix", a.quote().prefix());
        quote.put("suffix", a.quote().suffix());
        ObjectNode position = selectors.addObject();
        position.put("type", POSITION_SELECTOR);
        position.put("start", item.source().codePoints.fromUtf16(a.start()));
        position.put("end", item.source().codePoints.fromUtf16(a.end()));
        if (a.status() != AnchorStatus.ANCHORED) {
            node.put(ANCHOR_STATUS, a.status().code());
        }
    }

    private static ObjectNode stylesheet(Set<String> colors) {
        StringBuilder css = new StringBuilder();
        for (String key : new TreeSet<>(colors)) {
            HighlightColor c = HighlightColor.byKey(key).orElse(HighlightColor.DEFAULT);
            if (css.length() > 0) {
                css.append(' ');
            }
            css.append('.').append(key).append(" { background-color: ").append(c.hex()).append(" }");
        }
        ObjectNode sheet = JSON.createObjectNode();
        sheet.put("type", "CssStylesheet");
        sheet.put("value", css.toString());
        return sheet;
    }

    /** RFC 3339 with seconds and zone, which the W3C date-time checks require. */
    private static String timestamp(OffsetDateTime t) {
        return t.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
