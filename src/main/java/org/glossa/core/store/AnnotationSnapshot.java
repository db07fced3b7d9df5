package org.glossa.core.store;

import java.util.List;
import org.glossa.model.Annotation;

/**
 * Some annotations exactly as stored (span, quote, colour, note, tags, author, created and
 * modified, anchor status) with every link that touches one of them. Undo and redo put a snapshot
 * back with {@link org.glossa.core.Library#replaceAnnotations}.
 */
public record AnnotationSnapshot(List<Annotation> annotations, List<Link> links) {
    /** One row of the link table, as stored. */
    public record Link(String fromId, String toId, String kind, String created) {
    }

    public static final AnnotationSnapshot EMPTY = new AnnotationSnapshot(List.of(), List.of());

    public AnnotationSnapshot {
        annotations = List.copyOf(annotations);
        links = List.copyOf(links);
    }

    /** The ids of the annotations, in order. */
    public List<String> ids() {
        return annotations.stream().map(Annotation::id).toList();
    }

    public boolean isEmpty() {
        return annotations.isEmpty();
    }
}
