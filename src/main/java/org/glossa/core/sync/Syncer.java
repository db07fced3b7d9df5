package org.glossa.core.sync;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.glossa.core.Library;
import org.glossa.core.export.webannotation.AnnotationImportReport;
import org.glossa.core.export.webannotation.WebAnnotationImport;
import org.glossa.core.packet.DocumentJson;
import org.glossa.core.store.AnnotationRepository;
import org.glossa.core.store.Database;
import org.glossa.core.store.DocumentIdentityRepository;
import org.glossa.core.store.DocumentRepository;
import org.glossa.core.store.Timestamps;
import org.glossa.model.Annotation;
import org.glossa.model.DocumentInfo;
import org.glossa.model.ImportedDocument;
import org.glossa.core.sync.SyncRepository.SyncedFile;
import org.glossa.core.sync.SyncRepository.SyncedItem;

/**
 * One sync of a library with one remote. The remote holds {@code manifest.json},
 * {@code documents/HASH.json} (a document's text and structure, named by the SHA-256 of its text,
 * written once) and {@code annotations/HASH/AUTHOR.jsonld} (one author's layer on one document).
 * Only listings whose version changed are read further, only files whose version changed are
 * fetched, and only the user's layers that changed are written, so a sync where nothing changed
 * costs two listings however big the library. Each file read or written is settled locally in
 * one transaction after the remote step succeeded: a sync stopped at any point leaves both sides
 * whole, and the next one picks up from there.
 */
final class Syncer {
    static final int FORMAT = 1;
    static final String MANIFEST = "manifest.json";
    static final String DOCUMENTS = "documents/";
    static final String ANNOTATIONS = "annotations/";
    static final String PACKETS = "packets/";
    static final String CONFLICT_TAG = "sync-conflict";
    private static final int ATTEMPTS = 3;

    private final Library library;
    private final Database db;
    private final Clock clock;
    private final SyncRemote remote;
    private final RemoteStore store;
    private final String me;
    private final String myFile;
    private final SyncRepository repo = new SyncRepository();
    private final DocumentRepository documents = new DocumentRepository();
    private final DocumentIdentityRepository identities = new DocumentIdentityRepository();
    private final AnnotationRepository annotations = new AnnotationRepository();
    private final List<String> problems = new ArrayList<>();
    private ClassSync classes;
    private final java.util.function.Consumer<String> progress;
    private Map<String, SyncedFile> files;
    private int pushed;
    private int pulled;
    private int conflicts;
    private int refused;
    private int documentsPushed;
    private int documentsPulled;

    Syncer(Library library, Database db, Clock clock, SyncRemote remote, RemoteStore store,
           java.util.function.Consumer<String> progress) {
        this.progress = progress;
        this.library = library;
        this.db = db;
        this.clock = clock;
        this.remote = remote;
        this.store = store;
        this.me = library.author();
        this.myFile = AuthorNames.fileName(me);
    }

    SyncReport run() {
        int before = store.requests();
        files = library.exclusively(() -> db.read(c -> repo.files(c, remote.id())));
        Map<String, RemoteEntry> root = byPath(store.list("").orElseThrow(() -> new RemoteException(
                "The remote " + remote.name() + " (" + remote.url() + ") does not exist; create that folder first.")));
        prepare(root);
        classes = new ClassSync(this, library, db, remote, store, me);
        Map<String, DocumentInfo> local = localDocuments();
        pushDocuments(classes.inScope(local));
        RemoteEntry docs = root.get(DOCUMENTS);
        if (docs != null && changed(docs)) {
            pullDocuments(local);
        }
        if (classes.active()) {
            classes.pushPackets(root);
            RemoteEntry packets = root.get(PACKETS);
            if (packets != null && changed(packets)) {
                classes.pullPackets(local);
            }
        }
        Map<String, RemoteEntry> folders = byPath(store.list(ANNOTATIONS).orElse(List.of()));
        Map<String, RemoteEntry> myEntries = new HashMap<>();
        for (RemoteEntry folder : folders.values()) {
            String hash = folder.name();
            if (!folder.folder() || folder.path().equals(ANNOTATIONS) || !local.containsKey(hash) || !changed(folder)) {
                continue;
            }
            pullFolder(local.get(hash), folder.path(), myEntries);
        }
        Set<String> changed = library.exclusively(() -> db.read(c ->
                classes.toPush(c, repo.changedDocuments(c, remote.id(), me), local)));
        for (String hash : changed) {
            DocumentInfo doc = local.get(hash);
            if (doc == null) {
                pushDeletedDocument(hash);
                continue;
            }
            String folder = ANNOTATIONS + hash + "/";
            if (!folders.containsKey(folder)) {
                store.makeFolder(folder);
            }
            push(doc, folder, myEntries.containsKey(folder + myFile) ? myEntries.get(folder + myFile)
                    : Optional.ofNullable(files.get(folder + myFile)).map(SyncedFile::entry).orElse(null));
        }
        OffsetDateTime now = Timestamps.now(clock);
        library.exclusively(() -> db.inTransaction(c -> {
            repo.setLastSynced(c, remote.id(), now);
            return null;
        }));
        return new SyncReport(remote.name(), pushed, pulled, conflicts, refused, documentsPushed, documentsPulled,
                store.requests() - before, problems);
    }

    // ---- the manifest and the two folders -------------------------------------------------

    private void prepare(Map<String, RemoteEntry> root) {
        RemoteEntry manifest = root.get(MANIFEST);
        if (manifest == null) {
            byte[] bytes = ("{\n  \"format\": \"glossa-sync\",\n  \"version\": " + FORMAT + "\n}\n")
                    .getBytes(StandardCharsets.UTF_8);
            try {
                store.put(MANIFEST, bytes, null);
            } catch (RemoteException.Changed e) {
                // another library made it at the same moment: the same content
            }
        } else if (changed(manifest)) {
            byte[] bytes = store.get(MANIFEST).orElse(new byte[0]);
            int version = manifestVersion(bytes);
            if (version > FORMAT) {
                throw new RemoteException("The remote " + remote.name() + " was written by a newer Glossa (sync format "
                        + version + "); update Glossa to sync with it.");
            }
            settle(new SyncedFile(MANIFEST, manifest.version(), manifest.weak(), manifest.lastModified(), sha256(bytes)));
        }
        for (String folder : List.of(DOCUMENTS, ANNOTATIONS)) {
            if (!root.containsKey(folder)) {
                store.makeFolder(folder);
            }
        }
    }

    private static int manifestVersion(byte[] bytes) {
        try {
            var node = new com.fasterxml.jackson.databind.ObjectMapper().readTree(bytes);
            if (node == null || !"glossa-sync".equals(node.path("format").asText())) {
                throw new RemoteException("The remote's manifest.json is not a Glossa sync manifest;"
                        + " choose an empty folder or one Glossa made.");
            }
            return node.path("version").asInt(FORMAT);
        } catch (java.io.IOException e) {
            throw new RemoteException("The remote's manifest.json is not valid JSON; choose an empty folder or one"
                    + " Glossa made.");
        }
    }

    /**
     * A document the user deleted here: their layer on it becomes tombstones for every annotation
     * the remote had, marked as a deleted document, so the user's other devices drop it too. The
     * document's file stays: documents are shared, and other authors' layers on it are theirs.
     * The deletion removes only what this library had seen: when another of the user's devices
     * wrote the layer meanwhile, an annotation it added or an edit it made stays in the file.
     */
    private void pushDeletedDocument(String hash) {
        String folder = ANNOTATIONS + hash + "/";
        String path = folder + myFile;
        SyncedFile known = files.get(path);
        if (known == null) {
            return; // never pushed: nothing of the user's is on the remote
        }
        String now = Timestamps.format(Timestamps.now(clock));
        Map<String, SyncedItem> had = library.exclusively(() -> db.read(c -> repo.items(c, remote.id(), hash)));
        DeletedLayer alone = new DeletedLayer(had.values().stream()
                .map(i -> new LayerFile.Tombstone(i.annotationId(), i.deleted() != null ? i.deleted() : now)).toList(),
                null, List.of(), List.of(), now);
        DeletedLayer[] merged = {alone};
        DeletedLayer written = putMerged(folder, known.entry(), () -> merged[0], DeletedLayer::bytes,
                e -> merged[0] = withRemoteWork(alone, had, e));
        if (written == null) {
            return;
        }
        byte[] bytes = written.bytes();
        library.exclusively(() -> db.inTransaction(c -> {
            for (LayerFile.Tombstone t : written.tombstones()) {
                repo.putItem(c, remote.id(), new SyncedItem(t.id(), hash, t.deleted(), t.deleted()));
            }
            for (String id : written.kept()) {
                repo.forgetItem(c, remote.id(), id); // another device's work now: never a tombstone from here
            }
            putFile(c, new SyncedFile(path, null, false, null, sha256(bytes)));
            return null;
        }));
        if (!written.kept().isEmpty()) {
            problems.add("kept\t" + path + ": " + written.kept().size() + " annotation(s) added or edited on another"
                    + " device stay on the remote and there, though the document was deleted here");
        }
        pushed += (int) written.tombstones().stream().filter(t -> t.deleted().equals(now)).count();
        progress.accept("pushed\t" + path);
    }

    /**
     * The user's layer on a document deleted here: tombstones, and what another of their devices
     * wrote that this library never saw (items as that device wrote them, its answers).
     */
    private record DeletedLayer(List<LayerFile.Tombstone> tombstones, LayerFile remote, List<ObjectNode> items,
                                List<String> kept, String deleted) {
        byte[] bytes() {
            String collection = remote == null ? "{\"type\":\"AnnotationCollection\",\"first\":{\"items\":[]}}"
                    : remote.json(items);
            return LayerFile.write(collection, tombstones, remote == null ? List.of() : remote.answers(), deleted);
        }
    }

    /**
     * The deletion merged with the user's layer as another device wrote it: an annotation this
     * library had in the same version is deleted; one it never had, or had in another version (an
     * edit made there), is kept, since nobody here chose to delete that; deletions made there stay.
     */
    private DeletedLayer withRemoteWork(DeletedLayer alone, Map<String, SyncedItem> had, RemoteEntry e) {
        Optional<byte[]> bytes = store.get(e.path());
        SyncedFile known = files.get(e.path());
        if (bytes.isEmpty() || (known != null && sha256(bytes.get()).equals(known.hash()))) {
            return alone;
        }
        LayerFile theirs;
        try {
            theirs = LayerFile.read(bytes.get(), e.path());
        } catch (IllegalArgumentException ex) {
            return alone; // nothing readable to keep
        }
        List<ObjectNode> items = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        for (LayerFile.Item item : theirs.items()) {
            SyncedItem was = had.get(item.id());
            boolean seen = was != null && item.modified() != null && sameTime(was.modified(), item.modified());
            if (me.equals(item.creator()) && item.modified() != null && !seen) {
                items.add(item.node());
                kept.add(item.id());
            }
        }
        Map<String, LayerFile.Tombstone> tombstones = new java.util.LinkedHashMap<>();
        for (LayerFile.Tombstone t : theirs.tombstones()) {
            tombstones.put(t.id(), t);
        }
        for (LayerFile.Tombstone t : alone.tombstones()) {
            tombstones.put(t.id(), t);
        }
        kept.forEach(tombstones::remove);
        return new DeletedLayer(List.copyOf(tombstones.values()), theirs, items, kept, alone.deleted());
    }

    // ---- documents ------------------------------------------------------------------------

    private Map<String, DocumentInfo> localDocuments() {
        Map<String, DocumentInfo> out = new HashMap<>();
        for (DocumentInfo d : library.documents()) {
            out.put(d.contentHash(), d);
        }
        return out;
    }

    /** Documents the remote has not had from this library: written once, never over another copy. */
    private void pushDocuments(Map<String, DocumentInfo> local) {
        for (DocumentInfo d : local.values()) {
            String path = DOCUMENTS + d.contentHash() + ".json";
            if (files.containsKey(path)) {
                continue;
            }
            byte[] bytes = documentFile(d);
            try {
                store.put(path, bytes, null);
                documentsPushed++;
                progress.accept("pushed\t" + path);
            } catch (RemoteException.Changed e) {
                // content-addressed: the copy there is this same text
            }
            settle(new SyncedFile(path, null, false, null, sha256(bytes)));
        }
    }

    private byte[] documentFile(DocumentInfo d) {
        return documentFile(library, d);
    }

    /** A document as the remote keeps it: its text and structure, and the uri that names it everywhere. */
    static byte[] documentFile(Library library, DocumentInfo d) {
        try {
            var node = (ObjectNode) new com.fasterxml.jackson.databind.ObjectMapper().readTree(
                    DocumentJson.write(library.load(d.id())));
            node.put("uri", library.documentUri(d.id()));
            return node.toPrettyString().getBytes(StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("the library's own document JSON is always valid", e);
        }
    }

    private void pullDocuments(Map<String, DocumentInfo> local) {
        List<RemoteEntry> listing = store.list(DOCUMENTS).orElse(List.of());
        for (RemoteEntry e : listing) {
            String name = e.name();
            if (e.folder() || !name.endsWith(".json") || files.containsKey(e.path())) {
                continue;
            }
            String hash = name.substring(0, name.length() - ".json".length());
            if (local.containsKey(hash)) {
                settle(new SyncedFile(e.path(), e.version(), e.weak(), e.lastModified(), null));
                continue;
            }
            Optional<byte[]> bytes = store.get(e.path());
            if (bytes.isEmpty()) {
                continue;
            }
            ImportedDocument doc;
            String uri;
            try {
                doc = DocumentJson.read(name, bytes.get());
                uri = new com.fasterxml.jackson.databind.ObjectMapper().readTree(bytes.get()).path("uri").asText(null);
            } catch (RuntimeException | java.io.IOException ex) {
                refuse("refused\t" + e.path() + ": " + ex.getMessage());
                continue;
            }
            if (!Library.contentHash(doc.content().text()).equals(hash)) {
                refuse("refused\t" + e.path() + ": its text does not have the hash its name says");
                continue;
            }
            OffsetDateTime now = Timestamps.now(clock);
            long id = library.exclusively(() -> db.inTransaction(c -> {
                long newId = documents.insert(c, doc, hash, now);
                if (uri != null && !uri.isBlank()) {
                    try (PreparedStatement ps = c.prepareStatement("UPDATE document SET uri = ? WHERE id = ?")) {
                        ps.setString(1, uri);
                        ps.setLong(2, newId);
                        ps.executeUpdate();
                    }
                }
                putFile(c, new SyncedFile(e.path(), e.version(), e.weak(), e.lastModified(), sha256(bytes.get())));
                return newId;
            }));
            local.put(hash, library.document(id));
            documentsPulled++;
            progress.accept("pulled\t" + e.path());
        }
        listing.stream().filter(e -> e.path().equals(DOCUMENTS)).findFirst().ifPresent(self -> settle(
                new SyncedFile(DOCUMENTS, self.version(), self.weak(), self.lastModified(), null)));
    }

    // ---- annotation layers: pull ------------------------------------------------------------

    private void pullFolder(DocumentInfo doc, String folder, Map<String, RemoteEntry> myEntries) {
        List<RemoteEntry> listing = new ArrayList<>(store.list(folder).orElse(List.of()));
        // the user's own file last: a document deleted on another device is dropped only after
        // every other author's layer on it has been taken in (their work keeps it here)
        listing.sort(java.util.Comparator.comparing(e -> e.path().equals(folder + myFile)));
        RemoteEntry self = null;
        for (RemoteEntry e : listing) {
            if (e.path().equals(folder)) {
                self = e;
                continue;
            }
            String author = e.folder() ? null : AuthorNames.author(e.name());
            if (author == null) {
                continue;
            }
            if (author.equals(me)) {
                myEntries.put(e.path(), e);
            }
            if (changed(e)) {
                pullLayer(doc, e, author);
            }
        }
        if (self != null) {
            settle(new SyncedFile(folder, self.version(), self.weak(), self.lastModified(), null));
        }
    }

    private void pullLayer(DocumentInfo doc, RemoteEntry e, String author) {
        Optional<byte[]> bytes = store.get(e.path());
        if (bytes.isEmpty()) {
            return;
        }
        String hash = sha256(bytes.get());
        SyncedFile stored = files.get(e.path());
        SyncedFile now = new SyncedFile(e.path(), e.version(), e.weak(), e.lastModified(), hash);
        if (stored != null && hash.equals(stored.hash())) {
            settle(now); // the bytes this library wrote, back with their version on the remote
            return;
        }
        LayerFile layer;
        try {
            layer = LayerFile.read(bytes.get(), e.path());
        } catch (IllegalArgumentException ex) {
            refuse("refused\t" + ex.getMessage());
            settle(now);
            return;
        }
        library.exclusively(() -> db.inTransaction(c -> {
            if (author.equals(me)) {
                mergeOwn(c, doc, layer);
            } else {
                pullForeign(c, doc, author, layer);
            }
            classes.takeAnswers(c, doc, author, layer);
            if (author.equals(me) && layer.documentDeleted() != null) {
                dropDeletedDocument(c, doc);
            }
            putFile(c, now);
            return null;
        }));
        progress.accept("pulled\t" + e.path());
    }

    /**
     * Another author's layer: their annotations arrive as their layer, and nothing in their file
     * may change an annotation that is not theirs (the user's least of all).
     */
    private void pullForeign(Connection c, DocumentInfo doc, String author, LayerFile layer) throws SQLException {
        List<ObjectNode> accepted = new ArrayList<>();
        for (LayerFile.Item item : layer.items()) {
            Optional<Annotation> existing = annotations.find(c, item.id());
            if (!author.equals(item.creator())) {
                refuse("refused\t" + item.id() + ": " + author + "'s file holds an annotation by "
                        + (item.creator() == null ? "nobody named" : item.creator()) + "; only its author may write it");
            } else if (existing.isPresent() && !author.equals(existing.get().author())) {
                refuse("refused\t" + item.id() + ": " + author + " may not change an annotation by "
                        + existing.get().author());
            } else {
                accepted.add(item.node());
            }
        }
        if (!accepted.isEmpty()) {
            count(importItems(c, layer, accepted, me));
        }
        for (LayerFile.Tombstone t : layer.tombstones()) {
            Optional<Annotation> existing = annotations.find(c, t.id());
            if (existing.isEmpty()) {
                continue;
            }
            if (author.equals(existing.get().author()) && existing.get().documentId() == doc.id()) {
                annotations.delete(c, t.id());
                pulled++;
            } else {
                refuse("refused\t" + t.id() + ": " + author + " may not delete an annotation by " + existing.get().author());
            }
        }
    }

    /**
     * The user's own layer, written by another of their devices. What the remote has becomes the
     * synced state; where both sides changed an annotation, the newer edit wins and the other is
     * kept beside it as a copy tagged {@value #CONFLICT_TAG}; a deletion never beats a later edit.
     */
    private void mergeOwn(Connection c, DocumentInfo doc, LayerFile layer) throws SQLException {
        Map<String, SyncedItem> synced = repo.items(c, remote.id(), doc.contentHash());
        Map<String, Annotation> mine = new HashMap<>();
        for (Annotation a : annotations.forDocument(c, doc.id())) {
            if (me.equals(a.author())) {
                mine.put(a.id(), a);
            }
        }
        List<ObjectNode> take = new ArrayList<>();
        for (LayerFile.Item item : layer.items()) {
            if (!me.equals(item.creator()) || item.modified() == null) {
                refuse("refused\t" + item.id() + ": your file holds an annotation by "
                        + (item.creator() == null ? "nobody named" : item.creator()));
                continue;
            }
            Annotation here = mine.get(item.id());
            SyncedItem was = synced.get(item.id());
            OffsetDateTime theirs = item.modified();
            if (here == null) {
                if (annotations.find(c, item.id()).isPresent()) {
                    refuse("refused\t" + item.id() + ": that id is another author's annotation here");
                    continue;
                }
                OffsetDateTime deletedAt = was == null ? null
                        : LayerFile.time(was.deleted() != null ? was.deleted() : was.modified());
                if (was != null && !theirs.isAfter(deletedAt)) {
                    continue; // deleted here after that version: the tombstone is pushed below
                }
                take.add(item.node());
                if (was != null) {
                    conflict(item.id() + ": edited on another device after it was deleted here; the edit was kept");
                }
            } else if (theirs.isEqual(here.modified())) {
                // the same version on both sides
            } else if (was != null && was.deleted() == null && sameTime(was.modified(), here.modified())) {
                take.add(item.node()); // changed only on the other device
            } else if (was != null && sameTime(was.modified(), theirs)) {
                // changed only here: pushed below
            } else if (theirs.isAfter(here.modified())) {
                annotations.insert(c, conflictCopy(here));
                take.add(item.node());
                conflict(item.id() + ": edited on two devices; the newer edit won, yours is kept as a copy");
            } else {
                take.add(LayerFile.copyTagged(item.node(), copyId(item.id(), theirs), CONFLICT_TAG));
                conflict(item.id() + ": edited on two devices; this edit is newer, the other is kept as a copy");
            }
            repo.putItem(c, remote.id(), new SyncedItem(item.id(), doc.contentHash(), Timestamps.format(theirs), null));
        }
        if (!take.isEmpty()) {
            count(importItems(c, layer, take, null));
        }
        for (LayerFile.Tombstone t : layer.tombstones()) {
            Annotation here = mine.get(t.id());
            SyncedItem was = synced.get(t.id());
            OffsetDateTime deleted = LayerFile.time(t.deleted());
            if (here != null) {
                boolean unchangedHere = was != null && was.deleted() == null && sameTime(was.modified(), here.modified());
                if (layer.documentDeleted() != null && !unchangedHere) {
                    // its document was deleted on a device that never had this edit: nobody chose to delete it
                    conflict(t.id() + ": its document was deleted on another device before this edit reached it;"
                            + " the edit was kept");
                } else if (unchangedHere || !here.modified().isAfter(deleted)) {
                    annotations.delete(c, t.id());
                    pulled++;
                } else {
                    conflict(t.id() + ": deleted on another device but edited here later; the edit was kept");
                }
            }
            repo.putItem(c, remote.id(), new SyncedItem(t.id(), doc.contentHash(),
                    was == null ? t.deleted() : was.modified(), t.deleted()));
        }
    }

    /**
     * The user deleted this document on another device: it goes here too, unless annotations
     * are still on it (someone else's, or the user's own made after): those are never dropped.
     */
    private void dropDeletedDocument(Connection c, DocumentInfo doc) throws SQLException {
        if (!annotations.forDocument(c, doc.id()).isEmpty()) {
            problems.add("kept\t" + doc.title() + ": deleted on another device, but annotations are still on it here");
            return;
        }
        documents.delete(c, doc.id());
        progress.accept("deleted\t" + doc.title());
    }

    private AnnotationImportReport importItems(Connection c, LayerFile layer, List<ObjectNode> items, String protect)
            throws SQLException {
        return new WebAnnotationImport(documents, identities, annotations)
                .run(c, layer.json(items), Timestamps.now(clock), protect);
    }

    private void count(AnnotationImportReport r) {
        pulled += r.imported() + r.updated();
        refused += r.refused() + r.unmatched() + r.conflicts();
        problems.addAll(r.problems());
    }

    private Annotation conflictCopy(Annotation a) {
        List<String> tags = new ArrayList<>(a.tags());
        if (!tags.contains(CONFLICT_TAG)) {
            tags.add(CONFLICT_TAG);
        }
        return new Annotation(copyId(a.id(), a.modified()), a.documentId(), a.start(), a.end(), a.quote(), a.color(),
                a.note(), tags, a.author(), a.created(), a.modified(), a.status(), a.motivation());
    }

    private static String copyId(String id, OffsetDateTime modified) {
        return UUID.nameUUIDFromBytes(("glossa:sync-conflict\u0000" + id + "\u0000" + modified.toInstant())
                .getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static boolean sameTime(String stored, OffsetDateTime t) {
        OffsetDateTime s = LayerFile.time(stored);
        return s != null && s.isEqual(t);
    }

    // ---- annotation layers: push ------------------------------------------------------------

    /** Writes the user's layer on one document, merging first when another device wrote it meanwhile. */
    private void push(DocumentInfo doc, String folder, RemoteEntry expected) {
        String path = folder + myFile;
        Written w = putMerged(folder, expected, () -> {
            Layer layer = library.exclusively(() -> db.read(c -> layer(c, doc)));
            List<LayerFile.Answer> answered = library.exclusively(() -> db.read(c -> classes.myAnswers(c, doc.contentHash())));
            return new Written(layer, answered, LayerFile.write(library.webAnnotations().collection("Annotations by "
                    + me + " on " + doc.title(), layer.mine()), layer.tombstones(), answered, null));
        }, Written::bytes, e -> pullLayer(doc, e, me));
        if (w == null) {
            return;
        }
        Layer layer = w.layer();
        String hash = sha256(w.bytes());
        library.exclusively(() -> db.inTransaction(c -> {
            for (Annotation a : layer.mine()) {
                repo.putItem(c, remote.id(), new SyncedItem(a.id(), doc.contentHash(),
                        Timestamps.format(a.modified()), null));
            }
            for (LayerFile.Tombstone t : layer.tombstones()) {
                repo.putItem(c, remote.id(), new SyncedItem(t.id(), doc.contentHash(), t.deleted(), t.deleted()));
            }
            classes.answersPushed(c, doc.contentHash(), w.answered());
            // the version the server gave it is learnt from the next listing
            putFile(c, new SyncedFile(path, null, false, null, hash));
            return null;
        }));
        pushed += layer.changes() + (layer.changes() == 0 && !w.answered().isEmpty() ? 1 : 0);
        progress.accept("pushed\t" + path);
    }

    /** The user's layer as composed from the library and written. */
    private record Written(Layer layer, List<LayerFile.Answer> answered, byte[] bytes) {
    }

    /**
     * Writes one of the user's own files only over the version read ({@code expected}). When
     * another of the user's devices wrote it in between, what the remote has now is merged in
     * first ({@code merge}) and the file is composed and written again. Returns what was written,
     * or null when the file kept changing (it is written at the next sync).
     */
    private <T> T putMerged(String folder, RemoteEntry expected, java.util.function.Supplier<T> compose,
                            java.util.function.Function<T, byte[]> bytes, java.util.function.Consumer<RemoteEntry> merge) {
        String path = folder + myFile;
        RemoteEntry version = expected;
        for (int attempt = 1; ; attempt++) {
            T composed = compose.get();
            try {
                store.put(path, bytes.apply(composed), version);
                return composed;
            } catch (RemoteException.Changed e) {
                if (attempt == ATTEMPTS) {
                    keptChanging(path);
                    return null;
                }
                version = listed(folder, path);
                if (version != null) {
                    merge.accept(version);
                }
            }
        }
    }

    /** One author's layer on a document as the remote keeps it. */
    static byte[] layerFile(Library library, DocumentInfo doc, String author, List<Annotation> items,
                            List<LayerFile.Tombstone> tombstones) {
        return LayerFile.write(library.webAnnotations().collection("Annotations by " + author + " on " + doc.title(),
                items), tombstones);
    }

    /** The user's annotations on a document now, the deletions the remote has to hear of, and how many changed. */
    private record Layer(List<Annotation> mine, List<LayerFile.Tombstone> tombstones, int changes) {
    }

    private Layer layer(Connection c, DocumentInfo doc) throws SQLException {
        Map<String, SyncedItem> synced = repo.items(c, remote.id(), doc.contentHash());
        List<Annotation> mine = new ArrayList<>();
        int changes = 0;
        for (Annotation a : annotations.forDocument(c, doc.id())) {
            if (me.equals(a.author())) {
                mine.add(a);
                SyncedItem was = synced.remove(a.id());
                if (was == null || was.deleted() != null || !sameTime(was.modified(), a.modified())) {
                    changes++;
                }
            }
        }
        String now = Timestamps.format(Timestamps.now(clock));
        List<LayerFile.Tombstone> tombstones = new ArrayList<>();
        for (SyncedItem gone : synced.values()) {
            if (gone.deleted() == null) {
                changes++;
            }
            tombstones.add(new LayerFile.Tombstone(gone.annotationId(), gone.deleted() != null ? gone.deleted() : now));
        }
        return new Layer(mine, tombstones, changes);
    }

    /** A file as its folder's listing shows it now, or null when it is not there. */
    private RemoteEntry listed(String folder, String path) {
        return store.list(folder).orElse(List.of()).stream().filter(x -> x.path().equals(path)).findFirst().orElse(null);
    }

    private void keptChanging(String path) {
        problems.add("retry\t" + path + " kept changing on the remote; it is pushed at the next sync");
    }

    // ---- local state --------------------------------------------------------------------------

    boolean changed(RemoteEntry e) {
        SyncedFile f = files.get(e.path());
        return f == null || f.version() == null || !f.version().equals(e.version());
    }

    void settle(SyncedFile f) {
        library.exclusively(() -> db.inTransaction(c -> {
            putFile(c, f);
            return null;
        }));
    }

    void putFile(Connection c, SyncedFile f) throws SQLException {
        repo.putFile(c, remote.id(), f);
        files.put(f.path(), f);
    }

    void refuse(String line) {
        refused++;
        problems.add(line);
    }

    /** A remote file as this library last read or wrote it, or null. */
    SyncedFile file(String path) {
        return files.get(path);
    }

    void problem(String line) {
        problems.add(line);
    }

    void pulledOne() {
        pulled++;
    }

    void progress(String line) {
        progress.accept(line);
    }

    private void conflict(String line) {
        conflicts++;
        problems.add("conflict\t" + line);
    }

    static Map<String, RemoteEntry> byPath(List<RemoteEntry> entries) {
        Map<String, RemoteEntry> out = new HashMap<>();
        for (RemoteEntry e : entries) {
            out.put(e.path(), e);
        }
        return out;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
