package org.glossa.core.export;

import java.util.Comparator;
import java.util.List;
import org.glossa.model.Annotation;
import org.glossa.model.Document;

/**
 * What every export works from: a document, its interchange uri (for links back) and the
 * annotations to include, in reading order.
 */
public record AnnotatedDocument(Document document, String uri, List<Annotation> annotations) {
    public AnnotatedDocument {
        annotations = annotations.stream()
                .sorted(Comparator.comparingInt(Annotation::start).thenComparingInt(Annotation::end)
                        .thenComparing(Annotation::id))
                .toList();
    }

    /** The annotations that mark passages (highlights, with their notes and tags), in reading order. */
    public List<Annotation> highlights() {
        return annotations.stream().filter(a -> !a.isBookmark()).toList();
    }

    /** The bookmarks (places to come back to), in reading order. */
    public List<Annotation> bookmarks() {
        return annotations.stream().filter(Annotation::isBookmark).toList();
    }

    /** The link that opens Glossa at an annotation of this document. */
    public GlossaLink linkTo(Annotation a) {
        return GlossaLink.toAnnotation(uri, a.id());
    }
}
