package org.glossa.model;

import java.util.List;
import java.util.Map;

/**
 * The result of reading a file, before it is stored: content and what is known about it.
 * {@code metadata} holds optional extra facts (site name, published time, excerpt, ...);
 * {@code resources} the pictures its FIGURE marks name.
 */
public record ImportedDocument(
        String title,
        String author,
        String source,
        String format,
        String language,
        TextDirection direction,
        DocumentContent content,
        Map<String, String> metadata,
        List<DocumentResource> resources) {

    public ImportedDocument {
        title = title == null || title.isBlank() ? "Untitled" : title.strip();
        direction = direction == null ? TextDirection.LTR : direction;
        metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
        resources = resources == null ? List.of() : List.copyOf(resources);
    }

    /** A document with no pictures. */
    public ImportedDocument(String title, String author, String source, String format, String language,
                            TextDirection direction, DocumentContent content, Map<String, String> metadata) {
        this(title, author, source, format, language, direction, content, metadata, List.of());
    }

    public ImportedDocument withSource(String newSource) {
        return new ImportedDocument(title, author, newSource, format, language, direction, content, metadata, resources);
    }

    public ImportedDocument withTitle(String newTitle) {
        return new ImportedDocument(newTitle, author, source, format, language, direction, content, metadata, resources);
    }
}
