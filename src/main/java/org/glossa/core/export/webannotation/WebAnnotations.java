package org.glossa.core.export.webannotation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.glossa.core.GlossaException;
import org.glossa.core.Library;
import org.glossa.core.importing.ImportException;
import org.glossa.core.importing.TextDecoder;
import org.glossa.core.store.AnnotationRepository;
import org.glossa.core.store.Database;
import org.glossa.core.store.DocumentIdentityRepository;
import org.glossa.core.store.DocumentRepository;
import org.glossa.core.store.Timestamps;
import org.glossa.model.Annotation;
import org.glossa.model.DocumentInfo;

/**
 * Annotations in and out as W3C Web Annotations (JSON-LD), each written against its document's
 * interchange uri. Calls are serialised with the library's own.
 */
public final class WebAnnotations {
    private final Library library;
    private final Database db;
    private final Clock clock;
    private final DocumentRepository documents = new DocumentRepository();
    private final DocumentIdentityRepository identities = new DocumentIdentityRepository();
    private final AnnotationRepository annotations = new AnnotationRepository();

    public WebAnnotations(Library library, Database db, Clock clock) {
        this.library = library;
        this.db = db;
        this.clock = clock;
    }

    /** One annotation as a W3C Web Annotation JSON-LD document. */
    public String export(String annotationId) {
        return library.exclusively(() -> {
            Annotation a = library.annotation(annotationId);
            return WebAnnotationWriter.toJson(new WebAnnotationWriter().annotation(items(List.of(a)).get(0)));
        });
    }

    /** A document's annotations as a W3C AnnotationCollection (JSON-LD). */
    public String exportDocument(long documentId) {
        return library.exclusively(() -> {
            DocumentInfo info = library.document(documentId);
            return collection("Glossa annotations: " + info.title(), library.annotations(documentId));
        });
    }

    /** Every annotation in the library as one W3C AnnotationCollection (JSON-LD). */
    public String exportAll() {
        return library.exclusively(() -> {
            return collection("Glossa annotations", library.allAnnotations());
        });
    }

    /** Annotations (from any documents of this library) as one AnnotationCollection labelled {@code label}. */
    public String collection(String label, List<Annotation> annotations) {
        return library.exclusively(() -> {
            return WebAnnotationWriter.toJson(new WebAnnotationWriter().collection(label, items(annotations)));
        });
    }

    private List<WebAnnotationWriter.Item> items(List<Annotation> list) {
        Map<Long, WebAnnotationWriter.Source> sources = new HashMap<>();
        return list.stream().map(a -> new WebAnnotationWriter.Item(a, sources.computeIfAbsent(a.documentId(),
                id -> new WebAnnotationWriter.Source(library.documentUri(id), library.load(id).text())))).toList();
    }

    /**
     * Imports W3C Web Annotations (a collection, a page, one annotation or an array) in one
     * transaction: each is matched to a document and anchored by its selectors; an id already in
     * the library is updated only when the incoming copy is newer, and never when it is the
     * user's own (see {@link WebAnnotationImport#run}).
     */
    public AnnotationImportReport importJson(String json) {
        String withoutBom = json.startsWith("\uFEFF") ? json.substring(1) : json;
        return library.exclusively(() -> {
            OffsetDateTime now = Timestamps.now(clock);
            return db.inTransaction(c -> new WebAnnotationImport(documents, identities, annotations)
                    .run(c, withoutBom, now, library.author()));
        });
    }

    /**
     * Reads a JSON-LD file and imports it; see {@link #importJson(String)}. A byte order mark is
     * skipped, and a file that is not UTF-8 is read as Windows-1252 (Latin-1).
     */
    public AnnotationImportReport importFile(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new GlossaException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        String json;
        try {
            json = TextDecoder.decode(bytes);
        } catch (ImportException e) {
            throw new GlossaException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        return importJson(json);
    }

    /** Glossa's id for a W3C annotation id, the one an import stores it under. */
    public static String glossaId(String iri) {
        return WebAnnotationVocabulary.glossaId(iri);
    }

    /** The name of an annotation's creator as an import reads it (a name, a nickname or an id); null without one. */
    public static String creatorName(com.fasterxml.jackson.databind.JsonNode creator) {
        return WebAnnotationReader.creator(creator);
    }
}
