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

    /** The link that opens Glossa at an annotation of this document. */
    public GlossaLink linkTo(Annotation a) {
        return GlossaLink.toAnnotation(uri, a.id());
    }
}
