package org.glossa.core.packet;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.glossa.core.GlossaException;
import org.glossa.core.Library;
import org.glossa.core.export.AnnotatedDocument;
import org.glossa.core.export.HtmlPage;
import org.glossa.core.export.PdfWriter;
import org.glossa.core.store.AnnotationRepository;
import org.glossa.core.store.Database;
import org.glossa.core.store.DocumentIdentityRepository;
import org.glossa.core.store.DocumentRepository;
import org.glossa.core.store.Timestamps;
import org.glossa.model.Annotation;
import org.glossa.model.Document;

/**
 * Class packets: readings in order with a teacher's guiding annotations and questions, printed
 * for a class or handed out and collected back as .glossa bundles. Calls are serialised with
 * the library's own.
 */
public final class Packets {
    private final Library library;
    private final Database db;
    private final Clock clock;
    private final PacketRepository packets = new PacketRepository();

    public Packets(Library library, Database db, Clock clock) {
        this.library = library;
        this.db = db;
        this.clock = clock;
    }

    /** A new, empty packet by this library's author (the teacher). */
    public Packet create(String title, String introduction) {
        return library.exclusively(() -> {
            String t = text(title, "title", BundleLimits.MAX_TITLE, true);
            String intro = text(introduction, "introduction", BundleLimits.MAX_INTRODUCTION, false);
            long id = db.inTransaction(c -> packets.insert(c, UUID.randomUUID().toString(), t, intro,
                    library.author(), Timestamps.now(clock)));
            return get(id);
        });
    }

    public List<Packet> list() {
        return library.exclusively(() -> {
            return db.read(packets::list);
        });
    }

    public Packet get(long id) {
        return library.exclusively(() -> {
            return db.read(c -> packets.find(c, id)).orElseThrow(() -> new GlossaException(
                    "No packet with id " + id + " in this library (see 'glossa packet list')."));
        });
    }

    public Packet update(long id, String title, String introduction) {
        return library.exclusively(() -> {
            editable(id);
            String t = text(title, "title", BundleLimits.MAX_TITLE, true);
            String intro = text(introduction, "introduction", BundleLimits.MAX_INTRODUCTION, false);
            return change(id, c -> packets.update(c, id, t, intro));
        });
    }

    /** Deletes the packet and its questions; its documents and annotations stay in the library. */
    public void delete(long id) {
        library.exclusively(() -> {
            get(id);
            db.inTransaction(c -> {
                packets.delete(c, id);
                return null;
            });
        });
    }

    /** Appends a document to the packet's readings (a document already there stays in its place). */
    public Packet addDocument(long packetId, long documentId) {
        return library.exclusively(() -> {
            editable(packetId);
            library.document(documentId);
            return change(packetId, c -> packets.addDocument(c, packetId, documentId));
        });
    }

    public Packet removeDocument(long packetId, long documentId) {
        return library.exclusively(() -> {
            editable(packetId);
            return change(packetId, c -> packets.removeDocument(c, packetId, documentId));
        });
    }

    /** Moves one of the packet's documents to {@code index} (0-based) in the reading order. */
    public Packet moveDocument(long packetId, long documentId, int index) {
        return library.exclusively(() -> {
            editable(packetId);
            return change(packetId, c -> packets.moveDocument(c, packetId, documentId, index));
        });
    }

    /**
     * Makes {@code documentIds} the packet's readings, in this order, in one transaction: a
     * document left out loses its questions, a new one is added (each must be in the library).
     */
    public Packet setReadings(long packetId, List<Long> documentIds) {
        return library.exclusively(() -> {
            editable(packetId);
            List<Long> ids = List.copyOf(new java.util.LinkedHashSet<>(documentIds));
            ids.forEach(library::document);
            return change(packetId, c -> packets.setDocuments(c, packetId, ids));
        });
    }

    /**
     * Replaces the questions on one of the packet's readings, in order, in one transaction (each
     * with the teacher's answer, shown only in the teacher's edition). Blank questions are left out.
     */
    public Packet setQuestions(long packetId, long documentId, List<Packet.Question> questions) {
        return library.exclusively(() -> {
            if (!editable(packetId).documentIds().contains(documentId)) {
                throw new GlossaException("Document " + documentId + " is not in packet " + packetId
                        + "; add it first (glossa packet add).");
            }
            List<Packet.Question> checked = new ArrayList<>();
            for (Packet.Question q : questions) {
                if (q.text() != null && !q.text().isBlank()) {
                    checked.add(new Packet.Question(0, text(q.text(), "question", BundleLimits.MAX_QUESTION, true),
                            text(q.answer(), "answer", BundleLimits.MAX_QUESTION, false)));
                }
            }
            return change(packetId, c -> packets.setQuestions(c, packetId, documentId, checked));
        });
    }

    /** Adds a question on one of the packet's readings; the answer shows only in the teacher's version. */
    public Packet addQuestion(long packetId, long documentId, String question, String answer) {
        return library.exclusively(() -> {
            if (!editable(packetId).documentIds().contains(documentId)) {
                throw new GlossaException("Document " + documentId + " is not in packet " + packetId
                        + "; add it first (glossa packet add).");
            }
            String q = text(question, "question", BundleLimits.MAX_QUESTION, true);
            String a = text(answer, "answer", BundleLimits.MAX_QUESTION, false);
            db.inTransaction(c -> packets.addQuestion(c, packetId, documentId, q, a));
            return get(packetId);
        });
    }

    public Packet updateQuestion(long packetId, long questionId, String question, String answer) {
        return library.exclusively(() -> {
            editable(packetId);
            String q = text(question, "question", BundleLimits.MAX_QUESTION, true);
            String a = text(answer, "answer", BundleLimits.MAX_QUESTION, false);
            if (!db.inTransaction(c -> packets.updateQuestion(c, questionId, q, a))) {
                throw new GlossaException("No question with id " + questionId + ".");
            }
            return get(packetId);
        });
    }

    public Packet deleteQuestion(long packetId, long questionId) {
        return library.exclusively(() -> {
            editable(packetId);
            db.inTransaction(c -> packets.deleteQuestion(c, questionId));
            return get(packetId);
        });
    }

    /**
     * The packet, when this library may change it: a packet received from a class remote is its
     * teacher's, and only the teacher's own Glossa changes it (answers and annotations are the
     * student's own, and stay changeable).
     */
    private Packet editable(long id) {
        Packet p = get(id);
        if (db.read(c -> new ClassPacket().isReceived(c, p.uid()))) {
            throw new GlossaException("The packet \"" + p.title() + "\" is " + p.author() + "'s (from a class);"
                    + " only " + p.author() + " can change it. Your answers and annotations are yours to change.");
        }
        return p;
    }

    /**
     * Answers question {@code question} (1-based) on one of the packet's readings as this
     * library's author; a blank answer clears it. The answer travels in the author's own layer.
     */
    public PacketAnswers.Answer answer(long packetId, long documentId, int question, String text) {
        return library.exclusively(() -> {
            Packet p = get(packetId);
            Packet.Reading reading = p.readings().stream().filter(r -> r.documentId() == documentId).findFirst()
                    .orElseThrow(() -> new GlossaException("Document " + documentId + " is not in packet " + packetId + "."));
            if (question < 1 || question > reading.questions().size()) {
                throw new GlossaException("The reading \"" + reading.title() + "\" has " + reading.questions().size()
                        + " question(s); there is no question " + question + ".");
            }
            String answer = text(text, "answer", BundleLimits.MAX_ANSWER, false);
            PacketAnswers.Answer a = new PacketAnswers.Answer(library.author(), library.document(documentId).contentHash(),
                    question, reading.questions().get(question - 1).text(), answer, Timestamps.format(Timestamps.now(clock)));
            db.inTransaction(c -> {
                new PacketAnswers().put(c, p.uid(), library.author(), List.of(a));
                return null;
            });
            return a;
        });
    }

    /** Everyone's answers on a packet (the students', as they arrive), by author, reading and question. */
    public List<PacketAnswers.Answer> answers(long packetId) {
        return library.exclusively(() -> {
            Packet p = get(packetId);
            return db.read(c -> new PacketAnswers().all(c, p.uid()));
        });
    }

    /** Whether the packet came from a class remote (its teacher's: questions and readings are read-only here). */
    public boolean received(long packetId) {
        return library.exclusively(() -> {
            Packet p = get(packetId);
            return db.read(c -> new ClassPacket().isReceived(c, p.uid()));
        });
    }

    /** One transaction of {@code work} on a packet, then the packet as it is now. */
    private Packet change(long packetId, PacketWork work) {
        db.inTransaction(c -> {
            work.run(c);
            return null;
        });
        return get(packetId);
    }

    private interface PacketWork {
        void run(Connection c) throws SQLException;
    }

    private static String text(String value, String what, int max, boolean required) {
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
    public List<AnnotatedDocument> readings(long packetId) {
        return library.exclusively(() -> {
            Packet p = get(packetId);
            return p.documentIds().stream().map(id -> new AnnotatedDocument(library.load(id),
                    library.documentUri(id), library.layers().annotationsBy(id, p.author()))).toList();
        });
    }

    /** The printable packet as HTML: the preview, and what {@link #exportPdf} renders. */
    public String html(long packetId, PacketHtml.Edition edition) {
        return HtmlPage.render(PacketHtml.page(get(packetId), readings(packetId), edition));
    }

    public void exportPdf(long packetId, PacketHtml.Edition edition, OutputStream out) throws IOException {
        new PdfWriter().write(PacketHtml.page(get(packetId), readings(packetId), edition), out);
    }

    /** The packet as a .glossa bundle for students: documents, questions (no answers), guiding annotations. */
    public void exportBundle(long packetId, Path out) throws IOException {
        library.exclusively(() -> {
            Packet p = get(packetId);
            writeBundle(p, BundleManifest.PACKET, p.author(), out);
        });
    }

    /** A student's work on a packet as a bundle: only the annotations this library's author made. */
    public void exportMyWork(long packetId, Path out) throws IOException {
        library.exclusively(() -> {
            writeBundle(get(packetId), BundleManifest.WORK, library.author(), out);
        });
    }

    private void writeBundle(Packet p, String kind, String by, Path out) throws IOException {
        if (p.readings().isEmpty()) {
            throw new GlossaException("Packet " + p.id() + " has no documents yet; add one (glossa packet add).");
        }
        List<Document> docs = p.documentIds().stream().map(library::load).toList();
        List<String> uris = p.documentIds().stream().map(library::documentUri).toList();
        List<List<String>> questions = p.readings().stream()
                .map(r -> r.questions().stream().map(Packet.Question::text).toList()).toList();
        List<Annotation> selected = new ArrayList<>();
        p.documentIds().forEach(id -> selected.addAll(library.layers().annotationsBy(id, by)));
        String json = library.webAnnotations().collection(
                p.title() + " (" + kind + (by == null || by.isBlank() ? "" : " by " + by) + ")", selected);
        Bundle.write(out, kind, by, Timestamps.now(clock), new BundleManifest.PacketInfo(p.uid(), p.title(),
                p.introduction(), p.author(), p.created()), docs, uris, questions, json);
    }

    /**
     * Opens a .glossa bundle (a teacher's packet or a student's work) in one transaction: checked
     * completely first, then documents matched or imported, the packet matched by its uid or
     * created, annotations added under their authors. A bad bundle changes nothing, and no
     * incoming annotation ever replaces one of this library's author's own.
     */
    public BundleImportReport importBundle(Path file) {
        return library.exclusively(() -> {
            if (!Files.isRegularFile(file)) {
                throw new GlossaException("No such file: " + file);
            }
            Bundle bundle = Bundle.read(file);
            OffsetDateTime now = Timestamps.now(clock);
            return db.inTransaction(c -> new BundleImport(new DocumentRepository(), new DocumentIdentityRepository(),
                    new AnnotationRepository(), packets, library.author()).run(c, bundle, now));
        });
    }
}
