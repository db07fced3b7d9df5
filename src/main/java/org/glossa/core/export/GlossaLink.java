package org.glossa.core.export;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.glossa.core.GlossaException;

/**
 * A link back into Glossa from an export: {@code glossa://open?doc=<document uri or id>} with
 * either {@code &annotation=<id>} or {@code &at=<UTF-16 offset>}. The document is named by its
 * interchange uri (or id) URI-encoded, so a link in a Markdown file still finds the passage in
 * another library that holds the same text. The window's {@code open} handling parses these.
 */
public record GlossaLink(String doc, String annotation, Integer at) {
    public static final String PREFIX = "glossa://open?";

    public GlossaLink {
        if (doc == null || doc.isBlank()) {
            throw new GlossaException("A Glossa link needs a document.");
        }
        if (annotation != null && at != null) {
            throw new GlossaException("A Glossa link points at an annotation or an offset, not both.");
        }
        if (at != null && at < 0) {
            throw new GlossaException("A Glossa link's offset cannot be negative.");
        }
    }

    public static GlossaLink toAnnotation(String doc, String annotationId) {
        return new GlossaLink(doc, annotationId, null);
    }

    public static GlossaLink toOffset(String doc, int offset) {
        return new GlossaLink(doc, null, offset);
    }

    /** The link as text, e.g. {@code glossa://open?doc=urn%3Asha256%3Aab12&annotation=…}. */
    public String format() {
        StringBuilder s = new StringBuilder(PREFIX).append("doc=").append(encode(doc));
        if (annotation != null) {
            s.append("&annotation=").append(encode(annotation));
        }
        if (at != null) {
            s.append("&at=").append(at);
        }
        return s.toString();
    }

    @Override
    public String toString() {
        return format();
    }

    /** Reads a link; anything else is a user error with one clear line. */
    public static GlossaLink parse(String link) {
        if (link == null || !link.strip().startsWith(PREFIX)) {
            throw new GlossaException("Not a Glossa link (expected " + PREFIX + "doc=...): " + link);
        }
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : link.strip().substring(PREFIX.length()).split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            if (params.putIfAbsent(key, value) != null) {
                throw new GlossaException("The Glossa link names '" + key + "' twice: " + link);
            }
        }
        String at = params.get("at");
        Integer offset = null;
        if (at != null) {
            if (!at.matches("\\d{1,9}")) {
                throw new GlossaException("The Glossa link's offset is not a number: " + at);
            }
            offset = Integer.parseInt(at);
        }
        String annotation = params.get("annotation");
        return new GlossaLink(params.get("doc"), annotation == null || annotation.isEmpty() ? null : annotation,
                offset);
    }

    private static String encode(String s) {
        // URLEncoder writes form encoding; a space must be %20 in a URI query
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new GlossaException("The Glossa link is badly encoded: " + s);
        }
    }
}
