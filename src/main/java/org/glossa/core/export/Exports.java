package org.glossa.core.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.glossa.core.GlossaException;
import org.glossa.core.Library;
import org.glossa.core.TagNames;
import org.glossa.core.organize.DocumentCollection;
import org.glossa.core.store.Database;
import org.glossa.core.store.DocumentIdentityRepository;
import org.glossa.core.store.Timestamps;
import org.glossa.model.Annotation;
import org.glossa.model.DocumentInfo;

/**
 * Documents and their annotations written out for other programs and for print: Markdown, HTML,
 * PDF, Anki flashcards, and glossa:// links back into the library. Calls are serialised with the
 * library's own.
 */
public final class Exports {
    /** More text than a PDF page holds, so that the opening fills the pages previewed. */
    private static final int PREVIEW_CHARS_PER_PAGE = 4_000;

    private final Library library;
    private final Database db;
    private final Clock clock;
    private final DocumentIdentityRepository identities = new DocumentIdentityRepository();

    public Exports(Library library, Database db, Clock clock) {
        this.library = library;
        this.db = db;
        this.clock = clock;
    }

    /** A document with its interchange uri and all its annotations: what every export reads. */
    public AnnotatedDocument annotatedDocument(long documentId) {
        return library.exclusively(() -> {
            return new AnnotatedDocument(library.load(documentId), library.documentUri(documentId),
                    library.annotations(documentId));
        });
    }

    /**
     * A document with only some authors' annotations (the layers a teacher chose to show); an
     * empty set means every author.
     */
    public AnnotatedDocument annotatedDocument(long documentId, Set<String> authors) {
        return library.exclusively(() -> {
            if (authors.isEmpty()) {
                return annotatedDocument(documentId);
            }
            return new AnnotatedDocument(library.load(documentId), library.documentUri(documentId),
                    library.annotations(documentId).stream()
                            .filter(a -> authors.contains(a.author() == null ? "" : a.author())).toList());
        });
    }

    /** The documents holding annotations tagged {@code tag} (or a child tag), with only those annotations. */
    public List<AnnotatedDocument> annotatedDocumentsWithTag(String tag) {
        return library.exclusively(() -> {
            String wanted = TagNames.normalize(tag).toLowerCase(Locale.ROOT);
            if (wanted.isEmpty()) {
                throw new GlossaException("Name a tag to export.");
            }
            Map<Long, List<Annotation>> byDoc = new TreeMap<>();
            for (Annotation a : library.allAnnotations()) {
                boolean tagged = a.tags().stream().map(t -> t.toLowerCase(Locale.ROOT))
                        .anyMatch(t -> t.equals(wanted) || t.startsWith(wanted + "/"));
                if (tagged) {
                    byDoc.computeIfAbsent(a.documentId(), k -> new ArrayList<>()).add(a);
                }
            }
            return byDoc.entrySet().stream().map(e -> new AnnotatedDocument(library.load(e.getKey()),
                    library.documentUri(e.getKey()), e.getValue())).toList();
        });
    }

    /** The whole document as HTML with highlights inline and numbered notes; also the PDF's source. */
    public String html(long documentId) {
        return new AnnotatedHtml(Timestamps.now(clock)).html(annotatedDocument(documentId));
    }

    /** The HTML of {@link #html(long)} with only the given authors' annotations (all when empty). */
    public String html(long documentId, Set<String> authors) {
        return new AnnotatedHtml(Timestamps.now(clock)).html(annotatedDocument(documentId, authors));
    }

    /** The same page as {@link #html(long)} rendered to PDF with embedded fonts. */
    public void pdf(long documentId, OutputStream out) throws IOException {
        new PdfWriter().write(new AnnotatedHtml(Timestamps.now(clock)).page(annotatedDocument(documentId)), out);
    }

    /**
     * The first {@code pages} pages of {@link #pdf(long, OutputStream)}, as images at {@code dpi},
     * made from the document's opening only, so that a long book's preview does not wait for the
     * whole PDF.
     */
    public List<java.awt.image.BufferedImage> pdfPreview(long documentId, int pages, float dpi) throws IOException {
        AnnotatedDocument opening = annotatedDocument(documentId).opening(PREVIEW_CHARS_PER_PAGE * pages);
        var out = new java.io.ByteArrayOutputStream();
        new PdfWriter().write(new AnnotatedHtml(Timestamps.now(clock)).page(opening), out);
        return PdfPages.render(out.toByteArray(), pages, dpi);
    }

    /** A document's annotations as Markdown with front matter and glossa:// links back. */
    public String markdown(long documentId) {
        return new MarkdownExport(Timestamps.now(clock)).document(annotatedDocument(documentId));
    }

    /** Every annotation tagged {@code tag} (or a child tag), across documents, as Markdown. */
    public String markdownForTag(String tag) {
        return new MarkdownExport(Timestamps.now(clock)).tag(TagNames.normalize(tag), annotatedDocumentsWithTag(tag));
    }

    /** Every annotated document's annotations in one Markdown file, a section per document. */
    public String markdownOfLibrary() {
        List<AnnotatedDocument> docs = library.documents().stream()
                .filter(d -> d.annotationCount() > 0).map(d -> annotatedDocument(d.id())).toList();
        return new MarkdownExport(Timestamps.now(clock)).collection("Glossa annotations", docs);
    }

    /** The annotations of a collection's documents in one Markdown file, a section per document. */
    public String markdownOfCollection(String name) {
        DocumentCollection collection = library.collections().named(name);
        List<AnnotatedDocument> docs = library.collections().documents(collection.id()).stream()
                .map(d -> annotatedDocument(d.id())).toList();
        return new MarkdownExport(Timestamps.now(clock)).collection(collection.name(), docs);
    }

    /** Flashcards for Anki from the given documents' highlights (all documents when empty). */
    public String flashcards(List<Long> documentIds, AnkiExport.Style style) {
        List<Long> ids = documentIds.isEmpty()
                ? library.documents().stream().map(DocumentInfo::id).toList() : documentIds;
        return new AnkiExport(style).cards(ids.stream().map(this::annotatedDocument).toList());
    }

    /** Flashcards for Anki from the highlights tagged {@code tag} (or a child tag). */
    public String flashcardsForTag(String tag, AnkiExport.Style style) {
        return new AnkiExport(style).cards(annotatedDocumentsWithTag(tag));
    }

    /** The glossa:// link that opens this annotation's passage. */
    public GlossaLink linkTo(String annotationId) {
        Annotation a = library.annotation(annotationId);
        return GlossaLink.toAnnotation(library.documentUri(a.documentId()), a.id());
    }

    /** The document a link names (by interchange uri or id), if this library holds it. */
    public Optional<DocumentInfo> resolveLink(GlossaLink link) {
        return library.exclusively(() -> {
            if (link.doc().matches("\\d{1,18}")) {
                return library.findDocument(Long.parseLong(link.doc()));
            }
            return db.read(c -> identities.findByUri(c, link.doc())).stream().findFirst()
                    .flatMap(library::findDocument);
        });
    }
}
