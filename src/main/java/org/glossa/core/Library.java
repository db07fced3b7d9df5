package org.glossa.core;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.glossa.core.importing.ImportException;
import org.glossa.core.importing.Importers;
import org.glossa.core.store.AnnotationRepository;
import org.glossa.core.store.Database;
import org.glossa.core.store.DocumentRepository;
import org.glossa.core.store.TagRepository;
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
 * annotations and tags. Every method that changes something is one transaction, committed
 * before it returns. Safe to call from any thread (calls are serialised).
 */
public final class Library implements AutoCloseable {
    /** The article a new library starts with. */
    public static final String SAMPLE_RESOURCE = "/samples/000_99100116381ce573.txt";

    private final Database db;
    private final Clock clock;
    private final Importers importers;
    private final String author;
    private final DocumentRepository documents = new DocumentRepository();
    private final AnnotationRepository annotations = new AnnotationRepository();
    private final TagRepository tags = new TagRepository();

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
        Database db = Database.open(file);
        Library library = new Library(db, clock, importers, System.getProperty("user.name", "me"));
        if (db.wasCreated()) {
            library.importSample();
        }
        return library;
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

    public String author() {
        return author;
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
        return new Document(info, db.read(c -> documents.content(c, id)));
    }

    public synchronized java.util.Map<String, String> metadata(long id) {
        document(id);
        return db.read(c -> documents.metadata(c, id));
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

    // ---- annotations ----------------------------------------------------------------------

    /** Highlights {@code [start, end)} of a document's text. */
    public synchronized Annotation annotate(long documentId, int start, int end, String color, String note,
                                            List<String> tagNames) {
        String text = db.read(c -> documents.content(c, document(documentId).id())).text();
        if (start < 0 || end > text.length() || start >= end) {
            throw new GlossaException("The range " + start + ".." + end + " is not inside the document (0.."
                    + text.length() + ").");
        }
        if (text.substring(start, end).isBlank()) {
            throw new GlossaException("Select some text to highlight, not only white space.");
        }
        OffsetDateTime now = now();
        Annotation a = new Annotation(UUID.randomUUID().toString(), documentId, start, end,
                TextQuote.of(text, start, end), colorKey(color), note == null ? "" : note.strip(),
                TagNames.normalizeAll(tagNames), author, now, now, AnchorStatus.ANCHORED);
        db.inTransaction(c -> {
            annotations.insert(c, a);
            return null;
        });
        return annotation(a.id());
    }

    /** Highlights the {@code occurrence}-th (1-based) occurrence of {@code quote}. */
    public Annotation annotateQuote(long documentId, String quote, int occurrence, String color, String note,
                                    List<String> tagNames) {
        String text = load(documentId).text();
        String wanted = org.glossa.core.importing.TextCleaner.clean(quote);
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
        return save(a.withColor(colorKey(color), now()));
    }

    /** Writes an annotation back as it is given (used by undo and re-anchoring). */
    public synchronized Annotation save(Annotation a) {
        boolean found = db.inTransaction(c -> annotations.update(c, a));
        if (!found) {
            throw new GlossaException("No annotation with id " + a.id() + ".");
        }
        return annotation(a.id());
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

    public synchronized List<TagRepository.TagCount> tagCounts() {
        return db.read(tags::counts);
    }

    // ---- settings -------------------------------------------------------------------------

    public synchronized Optional<String> setting(String key) {
        return db.read(c -> {
            try (var ps = c.prepareStatement("SELECT value FROM setting WHERE key = ?")) {
                ps.setString(1, key);
                try (var rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    public synchronized void setSetting(String key, String value) {
        db.inTransaction(c -> {
            try (var ps = c.prepareStatement("INSERT INTO setting(key, value) VALUES (?, ?)"
                    + " ON CONFLICT(key) DO UPDATE SET value = excluded.value")) {
                ps.setString(1, key);
                ps.setString(2, value);
                return ps.executeUpdate();
            }
        });
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
    }

    private static String colorKey(String color) {
        if (color == null || color.isBlank()) {
            return HighlightColor.DEFAULT.key();
        }
        return HighlightColor.byKey(color).map(HighlightColor::key).orElseThrow(() -> new GlossaException(
                "Unknown colour '" + color + "'; use one of " + String.join(", ",
                        HighlightColor.palette().stream().map(HighlightColor::key).toList()) + "."));
    }

    @Override
    public synchronized void close() {
        db.close();
    }

    // ---- safety: read-only opening, checks, backups, restore (issue 9) ------------------------
    // Kept together at the end of the file; the logic lives in core.store (LibraryCheck, Backups,
    // Restore) and LibraryLock, these are only the facade's doors to it.

    /**
     * Opens an existing, up-to-date library for reading only, without the writer's lock, so it
     * works while a window has the library open. Every change through it fails as read-only.
     */
    public static Library openReadOnly(Path file) {
        return new Library(Database.openReadOnly(file), Clock.systemUTC(), new Importers(),
                System.getProperty("user.name", "me"));
    }

    /** True when {@link #openReadOnly} cannot serve the file: it is missing or needs an upgrade. */
    public static boolean needsWriterToOpen(Path file) {
        return Database.needsWriterToOpen(file);
    }

    /** What {@code PRAGMA integrity_check} finds wrong with the file (read-only); empty means sound. */
    public static List<String> check(Path library) {
        return org.glossa.core.store.LibraryCheck.problems(library, true);
    }

    /** The automatic backups of a library, newest first. Works on a damaged library too. */
    public static List<org.glossa.core.store.Backup> backups(Path library) {
        return org.glossa.core.store.Backups.list(library);
    }

    /**
     * Replaces the library with {@code backup} (null: the newest automatic backup), taking the
     * writer's lock for the time it takes, so call it with the library closed and its lock released
     * (a window offering this after a failed open has neither). The backup is checked first; the
     * previous file is moved aside with its WAL, never deleted. Returns where it went (null when
     * there was no library file).
     */
    public static Path restore(Path library, Path backup) {
        Path chosen = backup;
        if (chosen == null) {
            chosen = backups(library).stream().findFirst().map(org.glossa.core.store.Backup::file)
                    .orElseThrow(() -> new GlossaException("There is no automatic backup of " + library
                            + " to restore."));
        }
        try (LibraryLock lock = LibraryLock.acquire(library)) {
            return org.glossa.core.store.Restore.restore(library, chosen, java.time.Instant.now());
        }
    }
}
