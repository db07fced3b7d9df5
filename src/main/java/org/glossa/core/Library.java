package org.glossa.core;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.glossa.core.anchoring.ReanchorReport;
import org.glossa.core.anchoring.Reanchoring;
import org.glossa.core.claims.Claims;
import org.glossa.core.export.webannotation.AnnotationImportReport;
import org.glossa.core.export.webannotation.WebAnnotationImport;
import org.glossa.core.export.webannotation.WebAnnotationWriter;
import org.glossa.core.importing.ImportException;
import org.glossa.core.importing.Importers;
import org.glossa.core.importing.TextCleaner;
import org.glossa.core.organize.Catalog;
import org.glossa.core.organize.DocumentCollections;
import org.glossa.core.organize.Links;
import org.glossa.core.organize.Tags;
import org.glossa.core.search.Search;
import org.glossa.core.store.AnnotationRepository;
import org.glossa.core.store.Database;
import org.glossa.core.store.DocumentIdentityRepository;
import org.glossa.core.store.DocumentRepository;
import org.glossa.core.store.SettingRepository;
import org.glossa.core.store.Timestamps;
import org.glossa.model.AnchorStatus;
import org.glossa.model.Annotation;
import org.glossa.model.Document;
import org.glossa.model.DocumentInfo;
import org.glossa.model.HighlightColor;
import org.glossa.model.ImportResult;
import org.glossa.model.ImportedDocument;
import org.glossa.model.TextQuote;

/**
 * The one entry point the window and the command line share: a library file with its documents,
 * annotations and settings. Each further feature has its own facade, reached from here
 * ({@link #tags()}, {@link #collections()}, {@link #search()} ...). Every method that changes
 * something is one transaction, committed before it returns. Safe to call from any thread: calls here and through the feature facades are
 * serialised on this object.
 */
public final class Library implements AutoCloseable {
    /** The article a new library starts with. */
    public static final String SAMPLE_RESOURCE = "/samples/000_99100116381ce573.txt";

    private final Database db;
    private final Clock clock;
    private final Importers importers;
    private final String author;
    private final DocumentRepository documents = new DocumentRepository();
    private final DocumentIdentityRepository identities = new DocumentIdentityRepository();
    private final AnnotationRepository annotations = new AnnotationRepository();
    private final SettingRepository settings = new SettingRepository();
    /** The text of the document last loaded or annotated, so that each highlight does not read it again. */
    private CachedText lastText;

    private record CachedText(long id, String hash, String text) {
    }

    private Library(Database db, Clock clock, Importers importers, String author) {
        this.db = db;
        this.clock = clock;
        this.importers = importers;
        this.author = author;
    }

    /** Opens a library file; a new one is created with the sample article in it. */
    public static Library open(Path file) {
        return open(file, Clock.systemUTC(), new Importers());
    }

    public static Library open(Path file, Clock clock, Importers importers) {
        return open(file, clock, importers, null);
    }

    /** Opens a library whose new annotations are signed by {@code authorName} (a student, a teacher). */
    public static Library open(Path file, Clock clock, Importers importers, String authorName) {
        Database db = Database.open(file);
        Library library = new Library(db, clock, importers,
                authorName == null || authorName.isBlank() ? System.getProperty("user.name", "me") : authorName.strip());
        if (db.wasCreated()) {
            library.importSample();
        }
        return library;
    }

    /**
     * Opens an existing, up-to-date library for reading only, without the writer's lock, so it
     * works while a window has the library open. Every change through it fails as read-only.
     * {@link org.glossa.core.store.LibraryFile#needsWriterToOpen} tells whether it can.
     */
    public static Library openReadOnly(Path file) {
        return new Library(Database.openReadOnly(file), Clock.systemUTC(), new Importers(),
                System.getProperty("user.name", "me"));
    }

    private void importSample() {
        try (InputStream in = Library.class.getResourceAsStream(SAMPLE_RESOURCE)) {
            if (in != null) {
                importDocument(importers.read(in.readAllBytes(), "sample.md"));
            }
        } catch (IOException e) {
            throw new GlossaException("The sample article could not be read: " + e.getMessage(), e);
        }
    }

    public Path file() {
        return db.file();
    }

    /** Who this library's new annotations are by. */
    public String author() {
        return author;
    }

    // ---- the feature facades: light views over this library, made on each call -----------

    public Tags tags() {
        return new Tags(this, db);
    }

    public DocumentCollections collections() {
        return new DocumentCollections(this, db, clock);
    }

    public Links links() {
        return new Links(this, db, clock);
    }

    /** The library table: rows, reading times, document details, delete with undo. */
    public Catalog catalog() {
        return new Catalog(this, db, clock);
    }

    public Search search() {
        return new Search(this, db);
    }

    public Claims claims() {
        return new Claims(this, db);
    }

    // ---- documents ------------------------------------------------------------------------

    public synchronized List<DocumentInfo> documents() {
        return db.read(documents::list);
    }

    public synchronized Optional<DocumentInfo> findDocument(long id) {
        return db.read(c -> documents.find(c, id));
    }

    /** The document's description, or a user error naming the missing id. */
    public DocumentInfo document(long id) {
        return findDocument(id).orElseThrow(() -> new GlossaException(
                "No document with id " + id + " in this library (see 'glossa list')."));
    }

    /** The document with its text and structure. */
    public synchronized Document load(long id) {
        DocumentInfo info = document(id);
        Document doc = new Document(info, db.read(c -> documents.content(c, id)));
        lastText = new CachedText(id, info.contentHash(), doc.text());
        return doc;
    }

    /**
     * A document's text: the one loaded last is kept (the same string the reader shows, so it
     * costs no memory) and is valid while the stored content hash is unchanged.
     */
    private String text(long documentId) {
        String hash = db.read(c -> documents.contentHash(c, documentId)).orElseThrow(() -> new GlossaException(
                "No document with id " + documentId + " in this library (see 'glossa list')."));
        CachedText cached = lastText;
        if (cached != null && cached.id() == documentId && cached.hash().equals(hash)) {
            return cached.text();
        }
        String text = db.read(c -> documents.text(c, documentId));
        lastText = new CachedText(documentId, hash, text);
        return text;
    }

    public synchronized Map<String, String> metadata(long id) {
        document(id);
        return db.read(c -> documents.metadata(c, id));
    }

    /** Reads and stores a document given as bytes (pasted text or HTML, say). */
    public ImportResult importBytes(byte[] bytes, String name) throws ImportException {
        return importDocument(importers.read(bytes, name));
    }

    /** Reads and stores one file; the same content twice is recognised, not duplicated. */
    public ImportResult importFile(Path file) throws ImportException {
        ImportedDocument doc = importers.read(file);
        return importDocument(doc);
    }

    public synchronized ImportResult importDocument(ImportedDocument doc) {
        String hash = contentHash(doc.content().text());
        return db.inTransaction(c -> {
            Optional<DocumentInfo> existing = documents.findByHash(c, hash);
            if (existing.isPresent()) {
                return new ImportResult(existing.get().id(), existing.get().title(), ImportResult.Status.DUPLICATE);
            }
            long id = documents.insert(c, doc, hash, now());
            return new ImportResult(id, doc.title(), ImportResult.Status.IMPORTED);
        });
    }

    public synchronized void deleteDocument(long id) {
        document(id);
        db.inTransaction(c -> documents.delete(c, id));
    }

    public static String contentHash(String text) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The document's identity for interchange: its source URL, else the content-hash URN of the
     * text it was first imported with (stable across {@link #replaceDocument}).
     */
    public synchronized String documentUri(long id) {
        DocumentInfo info = document(id);
        return db.read(c -> identities.uri(c, id)).orElse(info.uri());
    }

    /**
     * Replaces a document's text and structure with a new version, keeping its id and its
     * interchange uri, and re-anchors every annotation to the new text, all in one transaction.
     * Orphaned annotations are kept (with their old quote) for the user to re-attach.
     */
    public synchronized ReanchorReport replaceDocument(long id, ImportedDocument newVersion) {
        document(id);
        String text = newVersion.content().text();
        String hash = contentHash(text);
        return db.inTransaction(c -> {
            Optional<DocumentInfo> same = documents.findByHash(c, hash);
            if (same.isPresent() && same.get().id() != id) {
                throw new GlossaException("This version is already in the library as document "
                        + same.get().id() + " (" + same.get().title() + ").");
            }
            Reanchoring result = Reanchoring.of(annotations.forDocument(c, id), text);
            documents.replaceContent(c, id, newVersion, hash);
            for (Annotation a : result.annotations()) {
                annotations.update(c, a);
            }
            return result.report(id);
        });
    }

    /** Reads a file and makes it the new version of document {@code id}; see {@link #replaceDocument}. */
    public ReanchorReport replaceDocumentFromFile(long id, Path file) throws ImportException {
        document(id);
        return replaceDocument(id, importers.read(file));
    }

    // ---- batch import (files and folders, one transaction per file) ------------------------

    /**
     * Imports files and folders (recursively, hidden files skipped), each file in its own
     * transaction. A failure is recorded and the next file goes on; {@code cancelled} is asked
     * before each file, so a cancel leaves every file before it imported and none after.
     */
    public BatchResult importAll(List<Path> pathsOrFolders, ImportProgress listener,
                                 java.util.function.BooleanSupplier cancelled) {
        ImportProgress progress = listener == null ? ImportProgress.NONE : listener;
        List<Path> files = ImportFiles.expand(pathsOrFolders);
        List<BatchResult.Outcome> outcomes = new java.util.ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            if (cancelled != null && cancelled.getAsBoolean()) {
                return new BatchResult(outcomes, true);
            }
            Path file = files.get(i);
            progress.starting(i + 1, files.size(), file);
            BatchResult.Outcome outcome;
            try {
                ImportResult r = importFile(file);
                outcome = new BatchResult.Outcome(file, r.status() == ImportResult.Status.IMPORTED
                        ? BatchResult.Status.IMPORTED : BatchResult.Status.DUPLICATE, r.id(), r.title(), null);
            } catch (GlossaException e) {
                outcome = new BatchResult.Outcome(file, BatchResult.Status.FAILED, 0, null, e.getMessage());
            }
            outcomes.add(outcome);
            progress.finished(i + 1, files.size(), outcome);
        }
        return new BatchResult(outcomes, false);
    }

    // ---- annotations ----------------------------------------------------------------------

    /** Highlights {@code [start, end)} of a document's text. */
    public Annotation annotate(long documentId, int start, int end, String color, String note,
                               List<String> tagNames) {
        return annotate(UUID.randomUUID().toString(), documentId, start, end, color, note, tagNames);
    }

    /**
     * Highlights with an id chosen by the caller (the window shows a new highlight before it is
     * committed, under the id it will have).
     */
    public synchronized Annotation annotate(String id, long documentId, int start, int end, String color,
                                            String note, List<String> tagNames) {
        String text = text(documentId);
        if (start < 0 || end > text.length() || start >= end) {
            throw new GlossaException("The range " + start + ".." + end + " is not inside the document (0.."
                    + text.length() + ").");
        }
        if (splitsSurrogatePair(text, start) || splitsSurrogatePair(text, end)) {
            throw new GlossaException("The range " + start + ".." + end + " cuts a character in half;"
                    + " select whole characters.");
        }
        if (text.substring(start, end).isBlank()) {
            throw new GlossaException("Select some text to highlight, not only white space.");
        }
        OffsetDateTime now = now();
        Annotation a = new Annotation(id, documentId, start, end,
                TextQuote.of(text, start, end), ColorNames.key(color), note == null ? "" : note.strip(),
                TagNames.normalizeAll(tagNames), author, now, now, AnchorStatus.ANCHORED);
        db.inTransaction(c -> {
            annotations.insert(c, a);
            return null;
        });
        return annotation(a.id());
    }

    private static boolean splitsSurrogatePair(String text, int at) {
        return at > 0 && at < text.length()
                && Character.isHighSurrogate(text.charAt(at - 1)) && Character.isLowSurrogate(text.charAt(at));
    }

    /** Highlights the {@code occurrence}-th (1-based) occurrence of {@code quote}. */
    public Annotation annotateQuote(long documentId, String quote, int occurrence, String color, String note,
                                    List<String> tagNames) {
        String text = load(documentId).text();
        String wanted = TextCleaner.clean(quote);
        if (wanted.isBlank()) {
            throw new GlossaException("The quote is empty.");
        }
        int at = -1;
        for (int i = 0; i < Math.max(1, occurrence); i++) {
            at = text.indexOf(wanted, at + 1);
            if (at < 0) {
                throw new GlossaException(i == 0
                        ? "The quote was not found in document " + documentId + "."
                        : "The quote occurs only " + i + " time(s) in document " + documentId + ".");
            }
        }
        return annotate(documentId, at, at + wanted.length(), color, note, tagNames);
    }

    public synchronized List<Annotation> annotations(long documentId) {
        document(documentId);
        return db.read(c -> annotations.forDocument(c, documentId));
    }

    public synchronized List<Annotation> allAnnotations() {
        return db.read(annotations::all);
    }

    public synchronized Optional<Annotation> findAnnotation(String id) {
        return db.read(c -> annotations.find(c, id));
    }

    public Annotation annotation(String id) {
        return findAnnotation(id).orElseThrow(() -> new GlossaException("No annotation with id " + id + "."));
    }

    public synchronized Annotation setNote(String id, String note) {
        Annotation a = annotation(id);
        return save(a.withNote(note == null ? "" : note.strip(), now()));
    }

    public synchronized Annotation setTags(String id, List<String> tagNames) {
        Annotation a = annotation(id);
        return save(a.withTags(TagNames.normalizeAll(tagNames), now()));
    }

    public synchronized Annotation setColor(String id, String color) {
        Annotation a = annotation(id);
        return save(a.withColor(ColorNames.key(color), now()));
    }

    /** Writes an annotation back as it is given (used by undo and re-anchoring). */
    public synchronized Annotation save(Annotation a) {
        boolean found = db.inTransaction(c -> annotations.update(c, a));
        if (!found) {
            throw new GlossaException("No annotation with id " + a.id() + ".");
        }
        return annotation(a.id());
    }

    /**
     * Grows one annotation over {@code [start, end)} and folds others into it (their notes are
     * appended, their tags joined, then they are deleted), in one transaction.
     */
    public synchronized Annotation extend(String keepId, List<String> absorbIds, int start, int end) {
        Annotation keep = annotation(keepId);
        String text = text(keep.documentId());
        if (start < 0 || end > text.length() || start >= end) {
            throw new GlossaException("The range " + start + ".." + end + " is not inside the document.");
        }
        StringBuilder note = new StringBuilder(keep.note());
        List<String> tagNames = new ArrayList<>(keep.tags());
        List<Annotation> absorbed = new ArrayList<>();
        for (String id : absorbIds) {
            Annotation other = annotation(id);
            if (other.documentId() != keep.documentId()) {
                throw new GlossaException("Only highlights in the same document can be merged.");
            }
            absorbed.add(other);
            if (!other.note().isBlank() && !note.toString().contains(other.note())) {
                note.append(note.length() == 0 ? "" : "\n\n").append(other.note());
            }
            tagNames.addAll(other.tags());
        }
        Annotation grown = new Annotation(keep.id(), keep.documentId(), start, end, TextQuote.of(text, start, end),
                keep.color(), note.toString(), TagNames.normalizeAll(tagNames), keep.author(), keep.created(), now(),
                AnchorStatus.ANCHORED);
        db.inTransaction(c -> {
            for (Annotation a : absorbed) {
                annotations.delete(c, a.id());
            }
            annotations.update(c, grown);
            return null;
        });
        return annotation(keep.id());
    }

    /** Deletes an annotation and returns it, so that it can be restored. */
    public synchronized Annotation deleteAnnotation(String id) {
        Annotation a = annotation(id);
        db.inTransaction(c -> annotations.delete(c, id));
        return a;
    }

    /** Puts back an annotation exactly as it was (undo of delete, or import). */
    public synchronized Annotation restoreAnnotation(Annotation a) {
        document(a.documentId());
        db.inTransaction(c -> {
            annotations.insert(c, a);
            return null;
        });
        return annotation(a.id());
    }

    // ---- bulk annotation import (bench, and later W3C/bundle import) ----------------------

    /**
     * Stores annotations exactly as given, all in one transaction: 10,000 highlights take well
     * under a second this way, where one transaction each would wait for 10,000 syncs (synchronous=FULL).
     */
    public synchronized void importAnnotations(List<Annotation> list) {
        list.stream().map(Annotation::documentId).distinct().forEach(this::document);
        db.inTransaction(c -> {
            for (Annotation a : list) {
                annotations.insert(c, a);
            }
            return null;
        });
    }

    /** A document's annotations that lost their passage, in reading order. */
    public List<Annotation> orphans(long documentId) {
        return annotationsWithStatus(documentId, AnchorStatus.ORPHANED);
    }

    /** A document's annotations with one anchor status (e.g. FUZZY: "needs review"). */
    public synchronized List<Annotation> annotationsWithStatus(long documentId, AnchorStatus status) {
        return annotations(documentId).stream().filter(a -> a.status() == status).toList();
    }

    /** Attaches an annotation (typically an orphan) to {@code [start, end)} of its document's text. */
    public synchronized Annotation reattach(String annotationId, int start, int end) {
        Annotation a = annotation(annotationId);
        String text = load(a.documentId()).text();
        if (start < 0 || end > text.length() || start >= end || text.substring(start, end).isBlank()) {
            throw new GlossaException("Select some text inside the document to re-attach the annotation to.");
        }
        Annotation moved = a.withAnchor(start, end, TextQuote.of(text, start, end), AnchorStatus.ANCHORED);
        return save(moved.withNote(moved.note(), now()));
    }

    /** Confirms a fuzzy match ("needs review"): the annotation stays where it is, now anchored. */
    public synchronized Annotation acceptFuzzy(String annotationId) {
        Annotation a = annotation(annotationId);
        if (a.status() != AnchorStatus.FUZZY) {
            throw new GlossaException("The annotation is " + a.status().code() + ", not waiting for review.");
        }
        Annotation accepted = a.withAnchor(a.start(), a.end(), a.quote(), AnchorStatus.ANCHORED);
        return save(accepted.withNote(accepted.note(), now()));
    }

    // ---- interchange: W3C Web Annotations ---------------------------------------------------

    /** One annotation as a W3C Web Annotation JSON-LD document. */
    public synchronized String exportWebAnnotation(String annotationId) {
        Annotation a = annotation(annotationId);
        return WebAnnotationWriter.toJson(new WebAnnotationWriter().annotation(webItems(List.of(a)).get(0)));
    }

    /** A document's annotations as a W3C AnnotationCollection (JSON-LD). */
    public synchronized String exportWebAnnotations(long documentId) {
        DocumentInfo info = document(documentId);
        return WebAnnotationWriter.toJson(new WebAnnotationWriter().collection(
                "Glossa annotations: " + info.title(), webItems(annotations(documentId))));
    }

    /** Every annotation in the library as one W3C AnnotationCollection (JSON-LD). */
    public synchronized String exportAllWebAnnotations() {
        return WebAnnotationWriter.toJson(new WebAnnotationWriter().collection(
                "Glossa annotations", webItems(allAnnotations())));
    }

    private List<WebAnnotationWriter.Item> webItems(List<Annotation> list) {
        java.util.Map<Long, WebAnnotationWriter.Source> sources = new java.util.HashMap<>();
        return list.stream().map(a -> new WebAnnotationWriter.Item(a, sources.computeIfAbsent(a.documentId(),
                id -> new WebAnnotationWriter.Source(documentUri(id), load(id).text())))).toList();
    }

    /**
     * Imports W3C Web Annotations (a collection, a page, one annotation or an array) in one
     * transaction: each is matched to a document and anchored by its selectors; an id already in
     * the library is updated only when the incoming copy is newer.
     */
    public synchronized AnnotationImportReport importWebAnnotations(String json) {
        OffsetDateTime now = now();
        return db.inTransaction(c -> new WebAnnotationImport(documents, identities, annotations).run(c, json, now));
    }

    /** Reads a JSON-LD file and imports it; see {@link #importWebAnnotations(String)}. */
    public AnnotationImportReport importWebAnnotationsFromFile(Path file) {
        try {
            return importWebAnnotations(java.nio.file.Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new GlossaException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    // ---- settings and the colour codebook -------------------------------------------------

    public synchronized Optional<String> setting(String key) {
        return db.read(c -> settings.find(c, key));
    }

    public synchronized void setSetting(String key, String value) {
        db.inTransaction(c -> {
            settings.put(c, key, value);
            return null;
        });
    }

    /** The meaning of every palette colour (the codebook), in palette order. */
    public synchronized Map<HighlightColor, String> codebook() {
        return db.read(settings::codebook);
    }

    /** Renames colours in the codebook, in one transaction; blank names restore the default. */
    public synchronized void setCodebook(Map<HighlightColor, String> meanings) {
        db.inTransaction(c -> {
            settings.putCodebook(c, meanings);
            return null;
        });
    }

    private OffsetDateTime now() {
        return Timestamps.now(clock);
    }

    @Override
    public synchronized void close() {
        db.close();
    }

    // ==== export and class packets =================================================
    // Kept together at the end of the file; the logic lives in core.export and core.packet.

    /** A document with its interchange uri and all its annotations: what every export reads. */
    public synchronized org.glossa.core.export.AnnotatedDocument annotatedDocument(long documentId) {
        return new org.glossa.core.export.AnnotatedDocument(load(documentId), documentUri(documentId),
                annotations(documentId));
    }

    /** The documents holding annotations tagged {@code tag} (or a child tag), with only those annotations. */
    public synchronized List<org.glossa.core.export.AnnotatedDocument> annotatedDocumentsWithTag(String tag) {
        String wanted = TagNames.normalize(tag).toLowerCase(java.util.Locale.ROOT);
        if (wanted.isEmpty()) {
            throw new GlossaException("Name a tag to export.");
        }
        java.util.Map<Long, List<Annotation>> byDoc = new java.util.TreeMap<>();
        for (Annotation a : allAnnotations()) {
            boolean tagged = a.tags().stream().map(t -> t.toLowerCase(java.util.Locale.ROOT))
                    .anyMatch(t -> t.equals(wanted) || t.startsWith(wanted + "/"));
            if (tagged) {
                byDoc.computeIfAbsent(a.documentId(), k -> new java.util.ArrayList<>()).add(a);
            }
        }
        return byDoc.entrySet().stream().map(e -> new org.glossa.core.export.AnnotatedDocument(load(e.getKey()),
                documentUri(e.getKey()), e.getValue())).toList();
    }

    /**
     * A document with only some authors' annotations (the layers a teacher chose to show); an
     * empty set means every author.
     */
    public synchronized org.glossa.core.export.AnnotatedDocument annotatedDocument(long documentId,
                                                                                 java.util.Set<String> authors) {
        if (authors.isEmpty()) {
            return annotatedDocument(documentId);
        }
        return new org.glossa.core.export.AnnotatedDocument(load(documentId), documentUri(documentId),
                annotations(documentId).stream().filter(a -> authors.contains(a.author() == null ? "" : a.author()))
                        .toList());
    }

    /** The HTML of {@link #exportHtml} with only the given authors' annotations (all when empty). */
    public String exportHtml(long documentId, java.util.Set<String> authors) {
        return new org.glossa.core.export.AnnotatedHtml(now()).html(annotatedDocument(documentId, authors));
    }

    /** A document's annotations as Markdown with front matter and glossa:// links back. */
    public String exportMarkdown(long documentId) {
        return new org.glossa.core.export.MarkdownExport(now()).document(annotatedDocument(documentId));
    }

    /** Every annotation tagged {@code tag} (or a child tag), across documents, as Markdown. */
    public String exportMarkdownForTag(String tag) {
        return new org.glossa.core.export.MarkdownExport(now()).tag(TagNames.normalize(tag),
                annotatedDocumentsWithTag(tag));
    }

    /** Every annotated document's annotations in one Markdown file, a section per document. */
    public String exportMarkdownOfLibrary() {
        List<org.glossa.core.export.AnnotatedDocument> docs = documents().stream()
                .filter(d -> d.annotationCount() > 0).map(d -> annotatedDocument(d.id())).toList();
        return new org.glossa.core.export.MarkdownExport(now()).collection("Glossa annotations", docs);
    }

    /** The annotations of a collection's documents in one Markdown file, a section per document. */
    public String exportMarkdownOfCollection(String name) {
        var collection = collections().named(name);
        List<org.glossa.core.export.AnnotatedDocument> docs = collections().documents(collection.id()).stream()
                .map(d -> annotatedDocument(d.id())).toList();
        return new org.glossa.core.export.MarkdownExport(now()).collection(collection.name(), docs);
    }

    /** The whole document as HTML with highlights inline and numbered notes; also the PDF's source. */
    public String exportHtml(long documentId) {
        return new org.glossa.core.export.AnnotatedHtml(now()).html(annotatedDocument(documentId));
    }

    /** The same page as {@link #exportHtml} rendered to PDF with embedded fonts. */
    public void exportPdf(long documentId, java.io.OutputStream out) throws IOException {
        new org.glossa.core.export.PdfWriter().write(
                new org.glossa.core.export.AnnotatedHtml(now()).page(annotatedDocument(documentId)), out);
    }

    /** Flashcards for Anki from the given documents' highlights (all documents when empty). */
    public String exportFlashcards(List<Long> documentIds, org.glossa.core.export.AnkiExport.Style style) {
        List<Long> ids = documentIds.isEmpty() ? documents().stream().map(DocumentInfo::id).toList() : documentIds;
        return new org.glossa.core.export.AnkiExport(style).cards(ids.stream().map(this::annotatedDocument).toList());
    }

    /** Flashcards for Anki from the highlights tagged {@code tag} (or a child tag). */
    public String exportFlashcardsForTag(String tag, org.glossa.core.export.AnkiExport.Style style) {
        return new org.glossa.core.export.AnkiExport(style).cards(annotatedDocumentsWithTag(tag));
    }

    /** The glossa:// link that opens this annotation's passage. */
    public org.glossa.core.export.GlossaLink linkTo(String annotationId) {
        Annotation a = annotation(annotationId);
        return org.glossa.core.export.GlossaLink.toAnnotation(documentUri(a.documentId()), a.id());
    }

    /** The document a link names (by interchange uri or id), if this library holds it. */
    public synchronized Optional<DocumentInfo> resolveLink(org.glossa.core.export.GlossaLink link) {
        if (link.doc().matches("\\d{1,18}")) {
            return findDocument(Long.parseLong(link.doc()));
        }
        return db.read(c -> identities.findByUri(c, link.doc())).stream().findFirst().flatMap(this::findDocument);
    }

    // ---- class packets, bundles and authors' layers ----------------------------------------

    private final org.glossa.core.packet.PacketRepository packetStore = new org.glossa.core.packet.PacketRepository();

    /** A new, empty packet by this library's author (the teacher). */
    public synchronized org.glossa.core.packet.Packet createPacket(String title, String introduction) {
        String t = packetText(title, "title", org.glossa.core.packet.BundleLimits.MAX_TITLE, true);
        String intro = packetText(introduction, "introduction", org.glossa.core.packet.BundleLimits.MAX_INTRODUCTION,
                false);
        long id = db.inTransaction(c -> packetStore.insert(c, UUID.randomUUID().toString(), t, intro, author, now()));
        return packet(id);
    }

    public synchronized List<org.glossa.core.packet.Packet> packets() {
        return db.read(packetStore::list);
    }

    public synchronized org.glossa.core.packet.Packet packet(long id) {
        return db.read(c -> packetStore.find(c, id)).orElseThrow(() -> new GlossaException(
                "No packet with id " + id + " in this library (see 'glossa packet list')."));
    }

    public synchronized org.glossa.core.packet.Packet updatePacket(long id, String title, String introduction) {
        packet(id);
        String t = packetText(title, "title", org.glossa.core.packet.BundleLimits.MAX_TITLE, true);
        String intro = packetText(introduction, "introduction", org.glossa.core.packet.BundleLimits.MAX_INTRODUCTION,
                false);
        db.inTransaction(c -> {
            packetStore.update(c, id, t, intro);
            return null;
        });
        return packet(id);
    }

    /** Deletes the packet and its questions; its documents and annotations stay in the library. */
    public synchronized void deletePacket(long id) {
        packet(id);
        db.inTransaction(c -> {
            packetStore.delete(c, id);
            return null;
        });
    }

    /** Appends a document to the packet's readings (a document already there stays in its place). */
    public synchronized org.glossa.core.packet.Packet addToPacket(long packetId, long documentId) {
        packet(packetId);
        document(documentId);
        db.inTransaction(c -> {
            packetStore.addDocument(c, packetId, documentId);
            return null;
        });
        return packet(packetId);
    }

    public synchronized org.glossa.core.packet.Packet removeFromPacket(long packetId, long documentId) {
        packet(packetId);
        db.inTransaction(c -> {
            packetStore.removeDocument(c, packetId, documentId);
            return null;
        });
        return packet(packetId);
    }

    /** Adds a question on one of the packet's readings; the answer shows only in the teacher's version. */
    public synchronized org.glossa.core.packet.Packet addQuestion(long packetId, long documentId, String question,
                                                                  String answer) {
        if (!packet(packetId).documentIds().contains(documentId)) {
            throw new GlossaException("Document " + documentId + " is not in packet " + packetId
                    + "; add it first (glossa packet add).");
        }
        String q = packetText(question, "question", org.glossa.core.packet.BundleLimits.MAX_QUESTION, true);
        String a = packetText(answer, "answer", org.glossa.core.packet.BundleLimits.MAX_QUESTION, false);
        db.inTransaction(c -> packetStore.addQuestion(c, packetId, documentId, q, a));
        return packet(packetId);
    }

    /** Moves one of the packet's documents to {@code index} (0-based) in the reading order. */
    public synchronized org.glossa.core.packet.Packet movePacketDocument(long packetId, long documentId, int index) {
        packet(packetId);
        db.inTransaction(c -> {
            packetStore.moveDocument(c, packetId, documentId, index);
            return null;
        });
        return packet(packetId);
    }

    public synchronized org.glossa.core.packet.Packet updateQuestion(long packetId, long questionId, String question,
                                                                     String answer) {
        packet(packetId);
        String q = packetText(question, "question", org.glossa.core.packet.BundleLimits.MAX_QUESTION, true);
        String a = packetText(answer, "answer", org.glossa.core.packet.BundleLimits.MAX_QUESTION, false);
        if (!db.inTransaction(c -> packetStore.updateQuestion(c, questionId, q, a))) {
            throw new GlossaException("No question with id " + questionId + ".");
        }
        return packet(packetId);
    }

    public synchronized org.glossa.core.packet.Packet deleteQuestion(long packetId, long questionId) {
        packet(packetId);
        db.inTransaction(c -> packetStore.deleteQuestion(c, questionId));
        return packet(packetId);
    }

    private static String packetText(String value, String what, int max, boolean required) {
        String v = value == null ? "" : value.strip();
        if (required && v.isEmpty()) {
            throw new GlossaException("The packet's " + what + " cannot be empty.");
        }
        if (v.length() > max) {
            throw new GlossaException("The packet's " + what + " is longer than " + max + " characters.");
        }
        return v;
    }

    /** The packet's readings in order, each with the teacher's guiding annotations (the packet author's). */
    public synchronized List<org.glossa.core.export.AnnotatedDocument> packetReadings(long packetId) {
        org.glossa.core.packet.Packet p = packet(packetId);
        return p.documentIds().stream().map(id -> new org.glossa.core.export.AnnotatedDocument(load(id),
                documentUri(id), annotationsBy(id, p.author()))).toList();
    }

    /** The printable packet as HTML: the preview, and what {@link #exportPacketPdf} renders. */
    public String packetHtml(long packetId, org.glossa.core.packet.PacketHtml.Edition edition) {
        return org.glossa.core.export.HtmlPage.render(org.glossa.core.packet.PacketHtml.page(packet(packetId),
                packetReadings(packetId), edition));
    }

    public void exportPacketPdf(long packetId, org.glossa.core.packet.PacketHtml.Edition edition,
                                java.io.OutputStream out) throws IOException {
        new org.glossa.core.export.PdfWriter().write(org.glossa.core.packet.PacketHtml.page(packet(packetId),
                packetReadings(packetId), edition), out);
    }

    /** The packet as a .glossa bundle for students: documents, questions (no answers), guiding annotations. */
    public synchronized void exportPacketBundle(long packetId, Path out) throws IOException {
        org.glossa.core.packet.Packet p = packet(packetId);
        writeBundle(p, org.glossa.core.packet.BundleManifest.PACKET, p.author(), out);
    }

    /** A student's work on a packet as a bundle: only the annotations this library's author made. */
    public synchronized void exportMyWork(long packetId, Path out) throws IOException {
        writeBundle(packet(packetId), org.glossa.core.packet.BundleManifest.WORK, author, out);
    }

    private void writeBundle(org.glossa.core.packet.Packet p, String kind, String by, Path out) throws IOException {
        if (p.readings().isEmpty()) {
            throw new GlossaException("Packet " + p.id() + " has no documents yet; add one (glossa packet add).");
        }
        List<Document> docs = p.documentIds().stream().map(this::load).toList();
        List<String> uris = p.documentIds().stream().map(this::documentUri).toList();
        List<List<String>> questions = p.readings().stream()
                .map(r -> r.questions().stream().map(org.glossa.core.packet.Packet.Question::text).toList()).toList();
        List<Annotation> selected = new java.util.ArrayList<>();
        p.documentIds().forEach(id -> selected.addAll(annotationsBy(id, by)));
        String json = WebAnnotationWriter.toJson(new WebAnnotationWriter().collection(
                p.title() + " (" + kind + (by == null || by.isBlank() ? "" : " by " + by) + ")", webItems(selected)));
        org.glossa.core.packet.Bundle.write(out, kind, by, now(),
                new org.glossa.core.packet.BundleManifest.PacketInfo(p.uid(), p.title(), p.introduction(), p.author(),
                        p.created()), docs, uris, questions, json);
    }

    /**
     * Opens a .glossa bundle (a teacher's packet or a student's work) in one transaction: checked
     * completely first, then documents matched or imported, the packet matched by its uid or
     * created, annotations added under their authors. A bad bundle changes nothing, and no
     * incoming annotation ever replaces one of this library's author's own.
     */
    public synchronized org.glossa.core.packet.BundleImportReport importBundle(Path file) {
        if (!java.nio.file.Files.isRegularFile(file)) {
            throw new GlossaException("No such file: " + file);
        }
        org.glossa.core.packet.Bundle bundle = org.glossa.core.packet.Bundle.read(file);
        OffsetDateTime now = now();
        return db.inTransaction(c -> new org.glossa.core.packet.BundleImport(documents, identities, annotations,
                packetStore, author).run(c, bundle, now));
    }

    /** The authors who annotated a document, each with their number of annotations (the layers). */
    public synchronized List<org.glossa.core.packet.AuthorLayer> annotationAuthors(long documentId) {
        java.util.Map<String, Integer> counts = new java.util.TreeMap<>();
        for (Annotation a : annotations(documentId)) {
            counts.merge(a.author() == null ? "" : a.author(), 1, Integer::sum);
        }
        return counts.entrySet().stream().map(e -> new org.glossa.core.packet.AuthorLayer(e.getKey(), e.getValue()))
                .toList();
    }

    /** A document's annotations by one author ("" for annotations without one), in reading order. */
    public synchronized List<Annotation> annotationsBy(long documentId, String who) {
        String wanted = who == null ? "" : who;
        return annotations(documentId).stream()
                .filter(a -> (a.author() == null ? "" : a.author()).equals(wanted)).toList();
    }

    /**
     * The passages most people marked, most-marked first: stretches highlighted by at least
     * {@code minAuthors} distinct authors, not counting this library's own author (the teacher).
     */
    public synchronized List<org.glossa.core.packet.PassageRanking.MarkedPassage> mostMarkedPassages(
            long documentId, int minAuthors) {
        return org.glossa.core.packet.PassageRanking.rank(load(documentId).text(), annotations(documentId),
                java.util.Set.of(author), minAuthors);
    }
}
