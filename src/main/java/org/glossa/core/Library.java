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
import java.util.OptionalInt;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.glossa.core.anchoring.Versions;
import org.glossa.core.claims.Claims;
import org.glossa.core.export.Exports;
import org.glossa.core.export.webannotation.WebAnnotations;
import org.glossa.core.importing.HtmlImporter;
import org.glossa.core.importing.ImportCancelledException;
import org.glossa.core.importing.ImportException;
import org.glossa.core.importing.Importer;
import org.glossa.core.importing.Importers;
import org.glossa.core.importing.TextCleaner;
import org.glossa.core.memo.Memos;
import org.glossa.core.organize.Catalog;
import org.glossa.core.organize.DocumentCollections;
import org.glossa.core.organize.Links;
import org.glossa.core.organize.Tags;
import org.glossa.core.packet.Layers;
import org.glossa.core.packet.Packets;
import org.glossa.core.search.Search;
import org.glossa.core.store.AnnotationRepository;
import org.glossa.core.store.AnnotationSnapshot;
import org.glossa.core.store.SnapshotRepository;
import org.glossa.core.store.Database;
import org.glossa.core.store.DocumentIdentityRepository;
import org.glossa.core.store.DocumentRepository;
import org.glossa.core.store.DocumentSourceRepository;
import org.glossa.core.store.SettingRepository;
import org.glossa.core.store.Timestamps;
import org.glossa.model.AnchorStatus;
import org.glossa.model.Annotation;
import org.glossa.model.Document;
import org.glossa.model.DocumentInfo;
import org.glossa.model.HighlightColor;
import org.glossa.model.ImportResult;
import org.glossa.model.ImportedDocument;
import org.glossa.model.Motivation;
import org.glossa.model.TextQuote;

/**
 * The one entry point the window and the command line share: a library file with its documents,
 * annotations and settings. Each further feature has its own facade, reached from here
 * ({@link #tags()}, {@link #collections()}, {@link #search()}, {@link #exports()},
 * {@link #packets()} ...). Every method that changes something is one transaction, committed
 * before it returns. Safe to call from any thread: calls here are serialised on this object, and
 * the feature facades take the same turn through {@link #exclusively}.
 */
public final class Library implements AutoCloseable {
    /** The article a new library starts with. */
    public static final String SAMPLE_RESOURCE = "/samples/000_99100116381ce573.txt";

    private final Database db;
    private final Clock clock;
    private final Importers importers;
    private volatile String author;
    private final DocumentRepository documents = new DocumentRepository();
    private final DocumentIdentityRepository identities = new DocumentIdentityRepository();
    private final AnnotationRepository annotations = new AnnotationRepository();
    private final SnapshotRepository snapshots = new SnapshotRepository();
    private final SettingRepository settings = new SettingRepository();
    private final DocumentSourceRepository sources = new DocumentSourceRepository();
    private final org.glossa.core.store.DocumentResourceRepository resources =
            new org.glossa.core.store.DocumentResourceRepository();
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
        return open(Database.open(file), clock, importers, authorName);
    }

    /**
     * Opens a library at once and checks the file behind the open (see
     * {@link Database#openCheckingInBackground}): reading starts before the check is done, and
     * the first change waits for it and is refused if the file is damaged. {@link #checked} tells
     * when the check is done and what it found.
     */
    public static Library openCheckingInBackground(Path file, String authorName) {
        return open(Database.openCheckingInBackground(file), Clock.systemUTC(), new Importers(), authorName);
    }

    private static Library open(Database db, Clock clock, Importers importers, String authorName) {
        Library library = new Library(db, clock, importers,
                authorName == null || authorName.isBlank() ? System.getProperty("user.name", "me") : authorName.strip());
        try {
            Search.keepIndexCurrent(db);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
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

    /**
     * When the check of the file is done: the problems found, empty when it is sound. Done at
     * once unless the library was {@linkplain #openCheckingInBackground opened before its check}.
     */
    public java.util.concurrent.CompletionStage<List<String>> checked() {
        return db.checked();
    }

    /**
     * Waits for the check of the file and throws {@link org.glossa.core.store.LibraryDamagedException}
     * when it found damage.
     */
    public void requireSound() {
        db.requireSound();
    }

    /**
     * Starts the check of a library {@linkplain #openCheckingInBackground opened before its check}
     * now rather than later (it starts by itself within seconds, and with the first change).
     */
    public void beginCheck() {
        db.beginCheck();
    }

    /** Who this library's new annotations are by. */
    public String author() {
        return author;
    }

    /** Signs the annotations made from now on with {@code name} (the window's "Your name"); blank keeps the current one. */
    public void useAuthor(String name) {
        if (name != null && !name.isBlank()) {
            author = name.strip();
        }
    }

    /** Work that a facade runs with the library to itself. */
    @FunctionalInterface
    public interface Work<T, E extends Exception> {
        T run() throws E;
    }

    /** Work without a result that a facade runs with the library to itself. */
    @FunctionalInterface
    public interface Step<E extends Exception> {
        void run() throws E;
    }

    /**
     * Runs {@code work} with this library to itself: the one lock that serialises every call,
     * here and in the feature facades, so that what a facade reads and then writes is not
     * interleaved with another thread's call.
     */
    public <T, E extends Exception> T exclusively(Work<T, E> work) throws E {
        synchronized (this) {
            return work.run();
        }
    }

    /** {@link #exclusively(Work)} for work without a result. */
    public <E extends Exception> void exclusively(Step<E> work) throws E {
        synchronized (this) {
            work.run();
        }
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

    /** Where an annotation is cited (page, chapter, heading) and its citation in APA or Chicago style. */
    public org.glossa.core.citation.Citations citations() {
        return new org.glossa.core.citation.Citations(this);
    }

    /** Markdown, HTML, PDF, flashcards and glossa:// links; W3C Web Annotations are {@link #webAnnotations()}. */
    public Exports exports() {
        return new Exports(this, db, clock);
    }

    public WebAnnotations webAnnotations() {
        return new WebAnnotations(this, db, clock);
    }

    public Packets packets() {
        return new Packets(this, db, clock);
    }

    /** Annotations by author, and the passages most authors marked. */
    public Layers layers() {
        return new Layers(this);
    }

    /** New versions of a document, with its annotations re-anchored. */
    public Versions versions() {
        return new Versions(this, db, importers);
    }

    /** Markdown memos on the library, a document or a tag. */
    public Memos memos() {
        return new Memos(this, db, clock);
    }

    /** Coders' agreement: percent agreement, Cohen's kappa and Krippendorff's alpha per code. */
    public org.glossa.core.agreement.Agreement agreement() {
        return new org.glossa.core.agreement.Agreement(this);
    }

    /** Sync with WebDAV collections and folders: remotes, and what moved. */
    public org.glossa.core.sync.Sync sync() {
        return new org.glossa.core.sync.Sync(this, db, clock);
    }

    /** REFI-QDA projects (.qdpx) and codebooks (.qdc) in and out. */
    public org.glossa.core.qda.Qda qda() {
        return new org.glossa.core.qda.Qda(this, db, clock, importers);
    }

    /** Folders of files, or thousands of annotations, at once. */
    public BulkImport bulkImport() {
        return new BulkImport(this, db);
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

    /**
     * The page of document {@code documentId} that {@code offset} is on, for citing a passage of a
     * document that came with pages (PDF); empty for documents without pages.
     */
    public OptionalInt pageAt(long documentId, int offset) {
        return load(documentId).content().pageAt(offset);
    }

    public synchronized Map<String, String> metadata(long id) {
        document(id);
        return db.read(c -> documents.metadata(c, id));
    }

    /** Reads and stores a document given as bytes (pasted text or HTML, say). */
    public ImportResult importBytes(byte[] bytes, String name) throws ImportException {
        return importDocument(new Importers.FileRead(importers.read(bytes, name), bytes, name));
    }

    /** Reads and stores one file; the same content twice is recognised, not duplicated. */
    public ImportResult importFile(Path file) throws ImportException {
        return importDocument(importers.readFile(file));
    }

    /** Stores a document read from a file; a web page keeps its original, to be read again whole. */
    private synchronized ImportResult importDocument(Importers.FileRead read) {
        ImportedDocument doc = read.document();
        return db.inTransaction(c -> {
            ImportResult r = insert(c, doc);
            if (r.status() == ImportResult.Status.IMPORTED && HtmlImporter.FORMAT.equals(doc.format())) {
                sources.put(c, r.id(), read.fileName(), read.bytes());
            }
            return r;
        });
    }

    /**
     * Reads and stores one file as {@link #importFile(Path)} does, telling {@code progress} how many
     * pages or chapters are read; once {@code cancelled} says so it stops with
     * {@link org.glossa.core.importing.ImportCancelledException} and the library is unchanged.
     */
    public ImportResult importFile(Path file, Importer.Progress progress, BooleanSupplier cancelled)
            throws ImportException {
        Importers.FileRead read = importers.readFile(file, progress, cancelled);
        if (cancelled.getAsBoolean()) {
            throw new ImportCancelledException();
        }
        return importDocument(read);
    }

    public synchronized ImportResult importDocument(ImportedDocument doc) {
        return db.inTransaction(c -> insert(c, doc));
    }

    private ImportResult insert(java.sql.Connection c, ImportedDocument doc) throws java.sql.SQLException {
        String hash = contentHash(doc.content().text());
        Optional<DocumentInfo> existing = documents.findByHash(c, hash);
        if (existing.isPresent()) {
            return new ImportResult(existing.get().id(), existing.get().title(), ImportResult.Status.DUPLICATE);
        }
        long id = documents.insert(c, doc, hash, now());
        resources.putAll(c, id, doc.resources());
        return new ImportResult(id, doc.title(), ImportResult.Status.IMPORTED);
    }

    public synchronized void deleteDocument(long id) {
        document(id);
        db.inTransaction(c -> documents.delete(c, id));
    }

    /** The pictures a document shows (a book's figures), named as its FIGURE marks name them. */
    public synchronized List<org.glossa.model.DocumentResource> resources(long documentId) {
        return db.read(c -> resources.forDocument(c, documentId));
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
     * text it was first imported with (stable across {@link Versions#replace}).
     */
    public synchronized String documentUri(long id) {
        DocumentInfo info = document(id);
        return db.read(c -> identities.uri(c, id)).orElse(info.uri());
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
        return annotate(id, documentId, start, end, color, note, tagNames, Motivation.HIGHLIGHTING);
    }

    /**
     * Bookmarks {@code [start, end)} (a place to come back to: the opening words of a paragraph),
     * with an id chosen by the caller.
     */
    public synchronized Annotation bookmark(String id, long documentId, int start, int end) {
        return annotate(id, documentId, start, end, HighlightColor.DEFAULT.key(), "", List.of(), Motivation.BOOKMARKING);
    }

    private Annotation annotate(String id, long documentId, int start, int end, String color, String note,
                                List<String> tagNames, Motivation motivation) {
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
                TextQuote.of(text, start, end), ColorNames.key(color), Limits.checkedNote(note == null ? "" : note.strip()),
                TagNames.normalizeAll(tagNames), author, now, now, AnchorStatus.ANCHORED, motivation);
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
        return save(a.withNote(Limits.checkedNote(note == null ? "" : note.strip()), now()));
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
        Limits.checkedNote(a.note());
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
        if (note.length() > Limits.MAX_NOTE_CHARS) {
            throw new GlossaException("The merged note would have " + note.length() + " characters; a note can have"
                    + " at most " + Limits.MAX_NOTE_CHARS + ". Shorten one of the notes first.");
        }
        Annotation grown = new Annotation(keep.id(), keep.documentId(), start, end, TextQuote.of(text, start, end),
                keep.color(), note.toString(), TagNames.normalizeAll(tagNames), keep.author(), keep.created(), now(),
                AnchorStatus.ANCHORED, keep.motivation());
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
        Limits.checkedNote(a.note());
        document(a.documentId());
        db.inTransaction(c -> {
            annotations.insert(c, a);
            return null;
        });
        return annotation(a.id());
    }

    /**
     * The annotations with these ids as stored, with every link touching them (ids that do not
     * exist are left out): what undo puts back with {@link #replaceAnnotations}.
     */
    public synchronized AnnotationSnapshot snapshot(java.util.Collection<String> ids) {
        return db.read(c -> snapshots.read(c, ids));
    }

    /**
     * Replaces some annotations by a snapshot, in one transaction: the annotations {@code removeIds}
     * that the snapshot does not hold are deleted (with their tags and links), every annotation of
     * the snapshot is written exactly as it is there (span, quote, colour, note, tags, author,
     * created and modified, status) and the snapshot's links are put back where both ends exist.
     * Either all of it is committed or nothing changes.
     *
     * @return the snapshot's annotations as now stored
     */
    public synchronized AnnotationSnapshot replaceAnnotations(java.util.Collection<String> removeIds,
                                                              AnnotationSnapshot with) {
        for (Annotation a : with.annotations()) {
            document(a.documentId());
        }
        db.inTransaction(c -> {
            snapshots.replace(c, removeIds, with);
            return null;
        });
        return snapshot(with.ids());
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
}
