package org.glossa.core.qda;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.glossa.core.GlossaException;
import org.glossa.core.Library;
import org.glossa.core.Limits;
import org.glossa.core.TagNames;
import org.glossa.core.importing.ImportException;
import org.glossa.core.importing.Importers;
import org.glossa.core.importing.Languages;
import org.glossa.core.memo.MemoRepository;
import org.glossa.core.organize.CollectionRepository;
import org.glossa.core.organize.DocumentCollection;
import org.glossa.core.store.AnnotationRepository;
import org.glossa.core.store.DocumentIdentityRepository;
import org.glossa.core.store.DocumentRepository;
import org.glossa.core.store.TagRepository;
import org.glossa.model.AnchorStatus;
import org.glossa.model.Annotation;
import org.glossa.model.Block;
import org.glossa.model.BlockKind;
import org.glossa.model.DocumentContent;
import org.glossa.model.DocumentInfo;
import org.glossa.model.HighlightColor;
import org.glossa.model.ImportedDocument;
import org.glossa.model.Memo;
import org.glossa.model.MemoTarget;
import org.glossa.model.TextQuote;

/**
 * Stores a REFI-QDA project in a library, on one connection inside the caller's transaction, so
 * a failure anywhere leaves the library as it was. Sources are matched to documents by their
 * text (content hash), so another coder's project on the same texts adds that coder's layer to
 * the documents already here; an annotation already here is never changed unless the file has
 * its own author's copy of it, and the library user's own annotations never are.
 */
final class QdaImport {
    static final String UNKNOWN_CODER = "Unknown coder";
    /** The metadata key for the cases a document belongs to. */
    static final String CASE_KEY = "case";

    private final Importers importers;
    private final String me;
    private final DocumentRepository documents = new DocumentRepository();
    private final DocumentIdentityRepository identities = new DocumentIdentityRepository();
    private final AnnotationRepository annotations = new AnnotationRepository();
    private final MemoRepository memos = new MemoRepository();
    private final CollectionRepository collections = new CollectionRepository();
    private final CodeAttributes attributes = new CodeAttributes();
    private final List<String> notices = new ArrayList<>();

    private final Map<String, String> users = new HashMap<>();
    /** Code GUID to tag name. */
    private final Map<String, String> codeTags = new HashMap<>();
    /** Note GUID to what a memo made of it is about. */
    private final Map<String, MemoTarget> noteTargets = new LinkedHashMap<>();
    /** Source GUID to document id. */
    private final Map<String, Long> sourceDocuments = new HashMap<>();
    private final Set<String> authors = new LinkedHashSet<>();
    private String creator;
    /** Tag name to palette key, read once the codes are in. */
    private Map<String, String> tagColors;
    private int matched;
    private int skippedSources;
    private int imported;
    private int refreshed;
    private int kept;
    private int skippedSelections;

    QdaImport(Importers importers, String me) {
        this.importers = importers;
        this.me = me;
    }

    QdaImportReport run(Connection c, QdaProject p, List<String> readNotices, OffsetDateTime now) throws SQLException {
        notices.addAll(readNotices);
        p.users().forEach(u -> users.putIfAbsent(u.guid(), u.name()));
        creator = p.creatingUser() == null ? null : users.get(p.creatingUser());
        int selectionCount = p.sources().stream().mapToInt(s -> s.selections().size()).sum();
        if (selectionCount > Limits.MAX_IMPORTED_ANNOTATIONS) {
            throw new GlossaException(Limits.tooManyAnnotations(selectionCount));
        }
        int codes = codes(c, p.codes(), "", now);
        p.projectNotes().forEach(n -> noteTargets.putIfAbsent(n, MemoTarget.project()));
        Map<String, Map<String, String>> caseData = caseMetadata(p);
        Map<String, QdaProject.Note> notes = new HashMap<>();
        p.notes().forEach(n -> notes.putIfAbsent(n.guid(), n));
        Set<String> selectionNotes = new HashSet<>();
        p.sources().forEach(s -> s.selections().forEach(sel -> selectionNotes.addAll(sel.noteRefs())));
        int before = imported;
        for (QdaProject.Source s : p.sources()) {
            source(c, s, caseData.getOrDefault(s.guid(), Map.of()), notes, now);
        }
        int newDocuments = sourceDocuments.size() - matched;
        int memoCount = memos(c, p.notes(), selectionNotes, now);
        int collectionCount = sets(c, p.sets(), now);
        skippedSelections += p.sources().stream().mapToInt(QdaProject.Source::skipped).sum();
        if (p.sources().stream().anyMatch(s -> s.skipped() > 0)) {
            notices.add(p.sources().stream().mapToInt(QdaProject.Source::skipped).sum()
                    + " selection(s) on pictures, PDF areas, audio or video were left out: Glossa keeps coded text.");
        }
        return new QdaImportReport(p.name(), newDocuments, matched, skippedSources, codes, imported - before, refreshed,
                kept, skippedSelections, memoCount, collectionCount, List.copyOf(authors), notices);
    }

    // ---- codes -------------------------------------------------------------------------------

    private int codes(Connection c, List<QdaProject.Code> codes, String parent, OffsetDateTime now) throws SQLException {
        int count = 0;
        List<String> badColors = new ArrayList<>();
        count += codes(c, codes, parent, now, badColors);
        if (!badColors.isEmpty()) {
            notices.add("Colours not in #RRGGBB form were left out: " + String.join(", ", badColors) + ".");
        }
        return count;
    }

    private int codes(Connection c, List<QdaProject.Code> codes, String parent, OffsetDateTime now,
                      List<String> badColors) throws SQLException {
        int count = 0;
        for (QdaProject.Code code : codes) {
            String name;
            try {
                // a '/' inside a code's own name would make it two levels: it becomes a division slash
                String own = TagNames.normalize(code.name().replace('/', '\u2215'));
                name = TagNames.normalize(parent + (parent.isEmpty() ? "" : "/") + own);
                if (!own.isEmpty() && !name.equals(parent.isEmpty() ? own : parent + "/" + own)) {
                    notices.add("The code \"" + code.name() + "\"" + (parent.isEmpty() ? "" : " under \"" + parent + "\"")
                            + " was left out, with the codes below it: a tag's path can have at most "
                            + TagNames.MAX_LENGTH + " characters.");
                    continue;
                }
            } catch (GlossaException e) {
                notices.add("The code \"" + code.name() + "\" was left out: " + e.getMessage());
                continue;
            }
            if (name.isEmpty() || name.equals(parent)) {
                notices.add("A code without a name was left out (" + code.guid() + ").");
                continue;
            }
            count++;
            String existing = codeTags.values().stream().filter(name::equalsIgnoreCase).findFirst().orElse(null);
            if (existing != null) {
                notices.add("The code \"" + name + "\" appears twice; both are the tag \"" + existing + "\".");
            }
            codeTags.put(code.guid(), existing != null ? existing : name);
            boolean isNew = !tagExists(c, name);
            TagRepository.ensure(c, name);
            String hex = QdaColors.hex(code.color());
            if (code.color() != null && hex == null) {
                badColors.add("\"" + code.name() + "\" (" + code.color() + ")");
            }
            if (isNew && hex != null) {
                new TagRepository().setColor(c, name, QdaColors.nearest(hex).key());
            }
            if (isNew || !attributes.has(c, name)) {
                attributes.put(c, name, new CodeAttributes.Attributes(hex, code.codable(), code.guid()));
            }
            for (String n : code.noteRefs()) {
                noteTargets.putIfAbsent(n, MemoTarget.tag(name));
            }
            if (code.description() != null && !code.description().isBlank()) {
                String id = QdaIds.codeDescription(code.guid());
                if (memos.find(c, id).isEmpty()) {
                    memos.insert(c, new Memo(id, MemoTarget.tag(name), "Description",
                            Limits.checkedNote(code.description().strip()), creator, now, now));
                }
            }
            count += codes(c, code.children(), name, now, badColors);
        }
        return count;
    }

    private static boolean tagExists(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM tag WHERE name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    // ---- sources and selections --------------------------------------------------------------

    /** Each source's cases and variable values, as document metadata. */
    private static Map<String, Map<String, String>> caseMetadata(QdaProject p) {
        Map<String, Map<String, String>> out = new HashMap<>();
        for (QdaProject.Source s : p.sources()) {
            if (!s.variables().isEmpty()) {
                out.computeIfAbsent(s.guid(), k -> new LinkedHashMap<>()).putAll(s.variables());
            }
        }
        for (QdaProject.Case k : p.cases()) {
            for (String source : k.sources()) {
                Map<String, String> m = out.computeIfAbsent(source, x -> new LinkedHashMap<>());
                m.merge(CASE_KEY, k.name(), (a, b) -> a + "; " + b);
                k.variables().forEach(m::putIfAbsent);
            }
        }
        return out;
    }

    private void source(Connection c, QdaProject.Source s, Map<String, String> metadata,
                        Map<String, QdaProject.Note> notes, OffsetDateTime now) throws SQLException {
        String label = "The source \"" + s.name() + "\"";
        SourceText text = null;
        ImportedDocument doc;
        if (s.plainText() != null) {
            text = SourceText.of(s.plainText());
            if (text.text().isBlank()) {
                skip(label + " is empty and was left out.");
                return;
            }
            doc = new ImportedDocument(s.name(), null, null, s.kind() == QdaProject.Kind.PDF ? "pdf" : "text", null,
                    Languages.directionOfText(text.text()), paragraphs(text.text()), metadata);
        } else if (s.original() != null) {
            try {
                ImportedDocument read = importers.read(s.original(), s.originalName());
                Map<String, String> all = new LinkedHashMap<>(read.metadata());
                all.putAll(metadata);
                doc = new ImportedDocument(s.name(), read.author(), null, read.format(), read.language(),
                        read.direction(), read.content(), all, read.resources());
            } catch (ImportException e) {
                skip(label + " was left out: " + e.getMessage());
                return;
            }
            if (!s.selections().isEmpty()) {
                notices.add(label + " has no plain text in the project; its " + s.selections().size()
                        + " coded passage(s) were left out.");
                skippedSelections += s.selections().size();
            }
        } else {
            skip(label + " was left out: " + (s.missing() != null ? s.missing()
                    : s.kind() == QdaProject.Kind.TEXT || s.kind() == QdaProject.Kind.PDF ? "the project has no text for it"
                    : s.kind().name().toLowerCase(Locale.ROOT) + " sources are not kept") + ".");
            skippedSelections += s.selections().size();
            return;
        }
        long id = store(c, s, doc, now);
        sourceDocuments.put(s.guid(), id);
        for (String n : s.noteRefs()) {
            noteTargets.putIfAbsent(n, MemoTarget.document(id));
        }
        if (text != null) {
            for (QdaProject.Selection sel : s.selections()) {
                selection(c, id, text, sel, notes, now);
            }
        }
    }

    private void skip(String notice) {
        notices.add(notice);
        skippedSources++;
    }

    /** The document with this text, or a new one whose identity is the source's GUID. */
    private long store(Connection c, QdaProject.Source s, ImportedDocument doc, OffsetDateTime now) throws SQLException {
        String hash = Library.contentHash(doc.content().text());
        Optional<DocumentInfo> same = documents.findByHash(c, hash);
        if (same.isPresent()) {
            matched++;
            return same.get().id();
        }
        long id = documents.insert(c, doc, hash, now);
        String uri = QdaIds.UUID_URN + s.guid();
        if (QdaIds.isGuid(s.guid()) && identities.findByUri(c, uri).isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement("UPDATE document SET uri = ? WHERE id = ?")) {
                ps.setString(1, uri);
                ps.setLong(2, id);
                ps.executeUpdate();
            }
        }
        return id;
    }

    /** Each line of a plain text source is a paragraph; the text itself is kept exactly. */
    private static DocumentContent paragraphs(String text) {
        List<Block> blocks = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            if (!text.substring(start, end).isBlank()) {
                blocks.add(Block.of(BlockKind.PARAGRAPH, start, end));
            }
            start = end + 1;
        }
        return new DocumentContent(text, blocks, List.of());
    }

    private void selection(Connection c, long documentId, SourceText text, QdaProject.Selection sel,
                           Map<String, QdaProject.Note> notes, OffsetDateTime now) throws SQLException {
        if (sel.start() < 0 || sel.end() > text.length() || sel.start() >= sel.end()) {
            notices.add("A selection at " + sel.start() + ".." + sel.end() + " lies outside its source's "
                    + text.length() + " characters and was left out (" + sel.guid() + ").");
            skippedSelections++;
            return;
        }
        int start = text.offset(sel.start());
        int end = text.offset(sel.end());
        String body = text.text();
        if (start >= end || body.substring(start, end).isBlank()) {
            notices.add("A selection of only white space was left out (" + sel.guid() + ").");
            skippedSelections++;
            return;
        }
        List<String> tags = new ArrayList<>();
        for (String code : sel.codes()) {
            String tag = codeTags.get(code);
            if (tag == null) {
                notices.add("A coding names a code that is not in the codebook (" + code + "); it was left out.");
            } else {
                tags.add(tag);
            }
        }
        tags = TagNames.normalizeAll(tags);
        String author = author(sel.creatingUser());
        String id = QdaIds.isGuid(sel.guid()) ? sel.guid() : QdaIds.named("selection", documentId + ":" + sel.guid());
        OffsetDateTime created = sel.created() != null ? sel.created() : now;
        OffsetDateTime modified = sel.modified() != null ? sel.modified() : created;
        Annotation a = new Annotation(id, documentId, start, end, TextQuote.of(body, start, end), color(c, tags),
                note(sel, notes), tags, author, created, modified, AnchorStatus.ANCHORED);
        Optional<Annotation> existing = annotations.find(c, id);
        if (existing.isPresent()) {
            Annotation old = existing.get();
            if (!Objects.equals(old.author(), me) && Objects.equals(old.author(), author)
                    && old.documentId() == documentId && !old.equals(a)) {
                annotations.update(c, a);
                refreshed++;
            } else {
                kept++;
            }
            authors.add(author);
            return;
        }
        annotations.insert(c, a);
        imported++;
        authors.add(author);
    }

    private String author(String userGuid) {
        String name = userGuid == null ? null : users.get(userGuid);
        if (name == null || name.isBlank()) {
            name = creator;
        }
        return name == null || name.isBlank() ? UNKNOWN_CODER : name.strip();
    }

    private String color(Connection c, List<String> tags) throws SQLException {
        if (tagColors == null) {
            tagColors = new HashMap<>();
            for (TagRepository.TagCount t : new TagRepository().counts(c)) {
                if (t.color() != null) {
                    tagColors.put(t.name(), t.color());
                }
            }
        }
        String color = TagNames.colorOf(tags, tagColors);
        return color != null ? color : HighlightColor.DEFAULT.key();
    }

    /** The selection's description and the notes it refers to, one paragraph each. */
    private String note(QdaProject.Selection sel, Map<String, QdaProject.Note> notes) {
        List<String> parts = new ArrayList<>();
        if (sel.description() != null && !sel.description().isBlank()) {
            parts.add(sel.description().strip());
        }
        for (String ref : sel.noteRefs()) {
            QdaProject.Note n = notes.get(ref);
            if (n != null && !n.text().isBlank() && !parts.contains(n.text().strip())) {
                parts.add(n.text().strip());
            }
        }
        String note = String.join("\n\n", parts);
        if (note.length() > Limits.MAX_NOTE_CHARS) {
            notices.add("The note of selection " + sel.guid() + " was cut to " + Limits.MAX_NOTE_CHARS + " characters.");
            note = note.substring(0, Limits.MAX_NOTE_CHARS);
        }
        return note;
    }

    // ---- notes and sets ----------------------------------------------------------------------

    /** Notes that no selection carries become memos on what refers to them, else on the project. */
    private int memos(Connection c, List<QdaProject.Note> notes, Set<String> selectionNotes, OffsetDateTime now)
            throws SQLException {
        int count = 0;
        for (QdaProject.Note n : notes) {
            if (selectionNotes.contains(n.guid()) && !noteTargets.containsKey(n.guid())) {
                continue;
            }
            String id = QdaIds.isGuid(n.guid()) ? n.guid() : QdaIds.named("note", n.guid());
            if (memos.find(c, id).isPresent()) {
                continue;
            }
            String body = n.text();
            if (body.length() > Limits.MAX_NOTE_CHARS) {
                notices.add("The note \"" + n.name() + "\" was cut to " + Limits.MAX_NOTE_CHARS + " characters.");
                body = body.substring(0, Limits.MAX_NOTE_CHARS);
            }
            String title = n.name() == null ? "" : n.name().strip();
            title = title.length() > org.glossa.core.memo.Memos.MAX_TITLE
                    ? title.substring(0, org.glossa.core.memo.Memos.MAX_TITLE) : title;
            OffsetDateTime created = n.created() != null ? n.created() : now;
            memos.insert(c, new Memo(id, noteTargets.getOrDefault(n.guid(), MemoTarget.project()), title, body,
                    author(n.creatingUser()), created, n.modified() != null ? n.modified() : created));
            count++;
        }
        return count;
    }

    /** Sets of documents become collections (joined with one of the same name); sets of codes are not kept. */
    private int sets(Connection c, List<QdaProject.QdaSet> sets, OffsetDateTime now) throws SQLException {
        int count = 0;
        int codeSets = 0;
        int emptySets = 0;
        for (QdaProject.QdaSet s : sets) {
            List<Long> ids = s.memberSources().stream().map(sourceDocuments::get).filter(Objects::nonNull).toList();
            if (ids.isEmpty()) {
                codeSets += s.memberSources().isEmpty() && !s.memberCodes().isEmpty() ? 1 : 0;
                emptySets += s.memberSources().isEmpty() ? 0 : 1;
                continue;
            }
            DocumentCollection collection;
            try {
                collection = collections.find(c, s.name().strip()).orElse(null);
                if (collection == null) {
                    collection = collections.create(c, s.name(), now);
                }
            } catch (GlossaException e) {
                notices.add("The set \"" + s.name() + "\" was left out: " + e.getMessage());
                continue;
            }
            for (long id : ids) {
                collections.add(c, collection.id(), id, now);
            }
            count++;
        }
        if (emptySets > 0) {
            notices.add(emptySets + " set(s) of sources were left out: none of their sources came in.");
        }
        if (codeSets > 0) {
            notices.add(codeSets + " set(s) of codes were left out: Glossa's collections hold documents.");
        }
        return count;
    }
}
