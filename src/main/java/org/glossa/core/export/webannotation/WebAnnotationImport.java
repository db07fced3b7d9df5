package org.glossa.core.export.webannotation;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.glossa.core.GlossaException;
import org.glossa.core.TagNames;
import org.glossa.core.anchoring.AnchorResult;
import org.glossa.core.anchoring.Anchorer;
import org.glossa.core.store.AnnotationRepository;
import org.glossa.core.store.DocumentIdentityRepository;
import org.glossa.core.store.DocumentRepository;
import org.glossa.model.AnchorStatus;
import org.glossa.model.Annotation;
import org.glossa.model.DocumentInfo;
import org.glossa.model.HighlightColor;
import org.glossa.model.Motivation;
import org.glossa.model.TextQuote;

/**
 * Stores W3C annotations in a library, on one connection inside the caller's transaction: finds
 * each target's document (by uri, else the only document containing the quote), anchors it by its
 * selectors (position first, then quote), and never makes a duplicate of an id it already has.
 * See {@link #run} for what an import may and may not change.
 */
public final class WebAnnotationImport {
    private final DocumentRepository documents;
    private final DocumentIdentityRepository identities;
    private final AnnotationRepository annotations;
    private final Map<Long, String> texts = new HashMap<>();
    private final Map<Long, CodePoints> codePoints = new HashMap<>();
    private List<DocumentInfo> all;

    public WebAnnotationImport(DocumentRepository documents, DocumentIdentityRepository identities,
                               AnnotationRepository annotations) {
        this.documents = documents;
        this.identities = identities;
        this.annotations = annotations;
    }

    /**
     * Parses {@code json} and stores its annotations; {@code now} stands in for missing timestamps.
     * Rules: an item whose id is not one IRI is refused; an annotation of {@code me} (the
     * library's user) is never changed; an id that is already on another document is a conflict,
     * never an update; an existing annotation is updated only by a copy with a later
     * {@code modified} (a missing date never wins); an annotation without an id gets one from its
     * document, selectors and body, so importing it again finds it instead of adding it twice.
     */
    public AnnotationImportReport run(Connection c, String json, OffsetDateTime now, String me) throws SQLException {
        int imported = 0;
        int updated = 0;
        int skipped = 0;
        int conflicts = 0;
        int refused = 0;
        int unmatched = 0;
        List<String> problems = new ArrayList<>();
        for (IncomingAnnotation in : new WebAnnotationReader().read(json)) {
            if (in.refusal() != null) {
                refused++;
                problems.add("refused\t" + in.id() + ": " + in.refusal());
                continue;
            }
            Optional<Long> doc = in.hasSelector() ? document(c, in) : Optional.empty();
            if (doc.isEmpty()) {
                unmatched++;
                problems.add("unmatched\t" + (in.id() == null ? "an annotation without id" : in.id()) + ": "
                        + (in.hasSelector()
                        ? "no document in the library matches " + in.source()
                        : "it selects no text passage (Glossa needs a TextQuote or TextPosition selector)"));
                continue;
            }
            Annotation a;
            try {
                a = anchored(in, in.id() != null ? in.id() : contentId(in, doc.get()), doc.get(), text(c, doc.get()),
                        codePoints(c, doc.get()), now);
            } catch (GlossaException e) {
                refused++;
                problems.add("refused\t" + in.id() + ": " + e.getMessage());
                continue;
            }
            Optional<Annotation> existing = annotations.find(c, a.id());
            if (existing.isEmpty()) {
                annotations.insert(c, a);
                imported++;
            } else if (existing.get().documentId() != a.documentId()) {
                conflicts++;
                problems.add("conflict\t" + a.id() + ": this id is already an annotation on another document"
                        + " (" + existing.get().documentId() + "); it was left as it is");
            } else if (in.modified() == null || !in.modified().isAfter(existing.get().modified())) {
                skipped++;
            } else if (me != null && me.equals(existing.get().author())) {
                conflicts++;
                problems.add("conflict\t" + a.id() + ": it would change an annotation of yours; yours was kept");
            } else {
                annotations.update(c, a);
                updated++;
            }
        }
        return new AnnotationImportReport(imported, updated, skipped, conflicts, refused, unmatched, problems);
    }

    /** The id of an annotation that came without one: the same document, selectors and body give the same id. */
    private static String contentId(IncomingAnnotation in, long documentId) {
        StringBuilder key = new StringBuilder("glossa:without-id\u0000").append(documentId);
        for (Object part : new Object[] {in.source(), in.quote() == null ? null : in.quote().exact(),
                in.quote() == null ? null : in.quote().prefix(), in.quote() == null ? null : in.quote().suffix(),
                in.start(), in.end(), in.note(), in.tags(), in.color(), in.author()}) {
            key.append('\u0000').append(part);
        }
        if (in.motivation() == Motivation.BOOKMARKING) {
            key.append("\u0000bookmarking"); // a bookmark is not the highlight of the same words
        }
        return UUID.nameUUIDFromBytes(key.toString().getBytes(StandardCharsets.UTF_8)).toString();
    }

    private Optional<Long> document(Connection c, IncomingAnnotation in) throws SQLException {
        if (in.source() != null) {
            List<Long> byUri = identities.findByUri(c, in.source());
            if (!byUri.isEmpty()) {
                return Optional.of(byUri.get(0));
            }
        }
        // a copy of the text from elsewhere (another URL, another hash): trust the quote only if
        // exactly one document contains it, otherwise the choice would be a guess
        if (in.quote() == null || in.quote().exact().isBlank()) {
            return Optional.empty();
        }
        if (all == null) {
            all = documents.list(c);
        }
        List<Long> containing = new ArrayList<>();
        for (DocumentInfo d : all) {
            if (text(c, d.id()).contains(in.quote().exact())) {
                containing.add(d.id());
            }
        }
        return containing.size() == 1 ? Optional.of(containing.get(0)) : Optional.empty();
    }

    private String text(Connection c, long id) throws SQLException {
        String t = texts.get(id);
        if (t == null) {
            t = documents.content(c, id).text();
            texts.put(id, t);
        }
        return t;
    }

    private CodePoints codePoints(Connection c, long id) throws SQLException {
        CodePoints cp = codePoints.get(id);
        if (cp == null) {
            cp = new CodePoints(text(c, id));
            codePoints.put(id, cp);
        }
        return cp;
    }

    private static Annotation anchored(IncomingAnnotation in, String id, long documentId, String text, CodePoints cp,
                                       OffsetDateTime now) {
        int start = in.start() == null ? -1 : cp.toUtf16(in.start());
        int end = in.end() == null ? -1 : cp.toUtf16(in.end());
        AnchorResult r;
        if (in.status() == AnchorStatus.ORPHANED) {
            // an orphan stays where and what it was: anchoring it again could only guess
            int at = Math.max(0, start);
            r = new AnchorResult(at, Math.max(at, end), in.quote() == null ? new TextQuote("", "", "") : in.quote(),
                    AnchorResult.Outcome.ORPHANED, 0.0);
        } else if (in.quote() != null) {
            r = Anchorer.anchor(text, in.quote(), start, end);
        } else if (start < end && in.start() >= 0) {
            r = new AnchorResult(start, end, TextQuote.of(text, start, end), AnchorResult.Outcome.KEPT, 1.0);
        } else {
            r = new AnchorResult(Math.max(0, start), Math.max(0, start), new TextQuote("", "", ""),
                    AnchorResult.Outcome.ORPHANED, 0.0);
        }
        // a "needs review" written by Glossa stays one until a person accepts it
        AnchorStatus status = in.status() != null && in.status().ordinal() > r.status().ordinal()
                ? in.status() : r.status();
        OffsetDateTime created = in.created() != null ? in.created() : in.modified() != null ? in.modified() : now;
        OffsetDateTime modified = in.modified() == null ? created : in.modified();
        String color = HighlightColor.byKey(in.color()).orElse(HighlightColor.DEFAULT).key();
        return new Annotation(id, documentId, r.start(), r.end(), r.quote(), color, in.note().strip(),
                TagNames.normalizeAll(in.tags()), in.author(), created, modified, status, in.motivation());
    }
}
