package org.glossa.ui;

import java.util.List;
import org.glossa.model.Annotation;
import org.glossa.ui.annotations.AnnotationsViewModel;
import org.glossa.ui.library.DocumentsViewModel;
import org.glossa.ui.reader.ReaderView;

/**
 * Puts the reader at a passage of any document: search results, claims rows and links all go
 * through here, so "open at" means the same everywhere. An annotation is selected (the sidebar
 * follows); a plain text hit is marked the way Find marks one.
 */
public final class Passages {
    private final DocumentsViewModel documents;
    private final AnnotationsViewModel annotations;
    private final ReaderView reader;

    public Passages(DocumentsViewModel documents, AnnotationsViewModel annotations, ReaderView reader) {
        this.documents = documents;
        this.annotations = annotations;
        this.reader = reader;
    }

    /** Shows {@code [start, end)} of a document; {@code annotationId} may be null. */
    public void show(long documentId, int start, int end, String annotationId) {
        Runnable go = () -> reveal(start, end, annotationId);
        if (reader.document() != null && reader.document().id() == documentId) {
            go.run();
        } else {
            documents.open(documentId, go);
        }
    }

    /** Shows {@code [start, end)} of a document selected in the reader, as if the user had selected it. */
    public void select(long documentId, int start, int end) {
        Runnable go = () -> {
            reveal(start, end, null);
            reader.area().selectRange(start, end);
        };
        if (reader.document() != null && reader.document().id() == documentId) {
            go.run();
        } else {
            documents.open(documentId, go);
        }
    }

    private void reveal(int start, int end, String annotationId) {
        Annotation a = annotationId == null ? null : annotations.annotations().stream()
                .filter(x -> x.id().equals(annotationId)).findFirst().orElse(null);
        if (a != null) {
            reader.setFindHits(List.of(), -1);
            annotations.selectedProperty().set(a);
            reader.reveal(a);
        } else {
            reader.setFindHits(List.of(new int[] {start, Math.max(start + 1, end)}), 0);
        }
        reader.area().requestFocus();
    }
}
