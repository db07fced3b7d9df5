package org.glossa.core.qda;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.glossa.core.memo.MemoRepository;
import org.glossa.core.organize.CollectionRepository;
import org.glossa.core.organize.DocumentCollection;
import org.glossa.core.store.AnnotationRepository;
import org.glossa.core.store.DocumentIdentityRepository;
import org.glossa.core.store.DocumentRepository;
import org.glossa.core.store.TagRepository;
import org.glossa.model.Annotation;
import org.glossa.model.DocumentInfo;
import org.glossa.model.HighlightColor;
import org.glossa.model.Memo;
import org.glossa.model.MemoTarget;

/**
 * Writes documents with their annotations as a REFI-QDA project ({@code .qdpx}) or the tags as a
 * codebook ({@code .qdc}). Each document is a text source carried as plain text inside the
 * archive; each highlight a selection whose positions count characters (code points) of that
 * text; tags are codes nested by their '/' levels, with colours; memos and annotation notes are
 * notes; authors are users; collections are sets. The same library writes the same file.
 */
final class QdaExport {
    static final String PROJECT_FILE = "project.qde";
    static final String ORIGIN = "Glossa";
    private static final int NAME_CHARS = 100;

    private final DocumentRepository documents = new DocumentRepository();
    private final DocumentIdentityRepository identities = new DocumentIdentityRepository();
    private final AnnotationRepository annotations = new AnnotationRepository();
    private final MemoRepository memos = new MemoRepository();
    private final CollectionRepository collections = new CollectionRepository();
    private final CodeAttributes attributes = new CodeAttributes();

    /** One document as exported. */
    private record Source(DocumentInfo info, String guid, String text, List<Annotation> annotations) {
    }

    /** A node of the code tree: a tag, or a level that only has tags below it. */
    private static final class CodeNode {
        final String path;
        final String label;
        boolean isTag;
        String color;
        final Map<String, CodeNode> children = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        String guid;
        boolean codable = true;

        CodeNode(String path, String label) {
            this.path = path;
            this.label = label;
        }
    }

    private final List<Source> sources = new ArrayList<>();
    private final CodeNode root = new CodeNode("", "");
    private final Map<String, String> tagGuids = new LinkedHashMap<>();
    private final Set<String> users = new TreeSet<>();
    private final List<Memo> memoList = new ArrayList<>();
    private final Map<String, List<String>> sets = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private String name;

    /** Reads what to export: every document, or those of one collection (null for all). */
    QdaExport load(Connection c, DocumentCollection only, String projectName) throws SQLException {
        name = projectName;
        Set<Long> wanted = only == null ? null : new HashSet<>(collections.documentIds(c, only.id()));
        for (DocumentInfo d : documents.list(c).stream().sorted(Comparator.comparingLong(DocumentInfo::id)).toList()) {
            if (wanted != null && !wanted.contains(d.id())) {
                continue;
            }
            List<Annotation> list = annotations.forDocument(c, d.id()).stream().filter(a -> !a.isBookmark())
                    .sorted(Comparator.comparingInt(Annotation::start).thenComparingInt(Annotation::end)
                            .thenComparing(Annotation::id)).toList();
            String uri = identities.uri(c, d.id()).orElse(d.uri());
            sources.add(new Source(d, QdaIds.document(uri == null ? d.uri() : uri), documents.text(c, d.id()), list));
            list.forEach(a -> addUser(a.author()));
        }
        Map<String, CodeAttributes.Attributes> attrs = attributes.all(c);
        for (TagRepository.TagCount t : new TagRepository().counts(c)) {
            addTag(t, attrs.get(t.name().toLowerCase(Locale.ROOT)));
        }
        assignGuids(root, new HashSet<>());
        Set<Long> exported = new HashSet<>();
        sources.forEach(s -> exported.add(s.info().id()));
        for (Memo m : memos.all(c)) {
            if (m.target() instanceof MemoTarget.OfDocument d && !exported.contains(d.documentId())) {
                continue;
            }
            memoList.add(m);
            addUser(m.author());
        }
        for (DocumentCollection col : collections.list(c)) {
            List<String> members = new ArrayList<>();
            for (Source s : sources) {
                if (collections.documentIds(c, col.id()).contains(s.info().id())) {
                    members.add(s.guid());
                }
            }
            if (!members.isEmpty()) {
                sets.put(col.name(), members);
            }
        }
        return this;
    }

    private void addUser(String author) {
        if (author != null && !author.isBlank()) {
            users.add(author);
        }
    }

    private void addTag(TagRepository.TagCount t, CodeAttributes.Attributes a) {
        CodeNode node = root;
        String path = "";
        for (String level : t.name().split("/")) {
            path = path.isEmpty() ? level : path + "/" + level;
            String p = path;
            node = node.children.computeIfAbsent(level, l -> {
                CodeNode n = new CodeNode(p, l);
                n.codable = false; // a level only: coding goes on the tags below it
                return n;
            });
        }
        node.isTag = true;
        node.codable = a == null || a.codable();
        String palette = HighlightColor.byKey(t.color()).map(HighlightColor::hex).orElse(null);
        // the exact colour a code came with, while the tag still has the palette colour it was given
        node.color = a != null && a.hex() != null && palette != null && QdaColors.nearest(a.hex()).key().equals(t.color())
                ? a.hex() : palette;
        node.guid = a != null && QdaIds.isGuid(a.guid()) ? a.guid().toLowerCase(Locale.ROOT) : null;
    }

    private void assignGuids(CodeNode node, Set<String> used) {
        for (CodeNode child : node.children.values()) {
            if (child.guid == null || !used.add(child.guid)) {
                child.guid = QdaIds.tag(child.path);
                used.add(child.guid);
            }
            tagGuids.put(child.path.toLowerCase(Locale.ROOT), child.guid);
            assignGuids(child, used);
        }
    }

    boolean hasCodes() {
        return !root.children.isEmpty();
    }

    // ---- the project ---------------------------------------------------------------------------

    /** The {@code .qdpx}: the project file and each source's plain text. */
    void writeProject(OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        put(zip, PROJECT_FILE, projectXml());
        for (Source s : sources) {
            put(zip, "sources/" + s.guid() + ".txt", s.text().getBytes(StandardCharsets.UTF_8));
        }
        zip.finish();
        zip.flush();
    }

    private static void put(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        ZipEntry e = new ZipEntry(name);
        e.setTime(0L); // the same library gives the same archive
        zip.putNextEntry(e);
        zip.write(bytes);
        zip.closeEntry();
    }

    byte[] projectXml() throws IOException {
        return xml(w -> {
            w.writeStartElement("Project");
            w.writeDefaultNamespace(QdpxReader.PROJECT_NS);
            w.writeAttribute("name", clean(name));
            w.writeAttribute("origin", ORIGIN);
            if (!users.isEmpty()) {
                w.writeStartElement("Users");
                for (String u : users) {
                    w.writeEmptyElement("User");
                    w.writeAttribute("guid", QdaIds.user(u));
                    w.writeAttribute("name", clean(u));
                }
                w.writeEndElement();
            }
            if (hasCodes()) {
                w.writeStartElement("CodeBook");
                codes(w, root, true);
                w.writeEndElement();
            }
            if (!sources.isEmpty()) {
                w.writeStartElement("Sources");
                for (Source s : sources) {
                    source(w, s);
                }
                w.writeEndElement();
            }
            notes(w);
            projectSets(w);
            for (Memo m : memoList) {
                if (m.target() instanceof MemoTarget.Project) {
                    noteRef(w, memoGuid(m));
                }
            }
            w.writeEndElement();
        });
    }

    private void codes(XMLStreamWriter w, CodeNode node, boolean project) throws XMLStreamException {
        w.writeStartElement("Codes");
        for (CodeNode child : node.children.values()) {
            code(w, child, project);
        }
        w.writeEndElement();
    }

    private void code(XMLStreamWriter w, CodeNode node, boolean project) throws XMLStreamException {
        w.writeStartElement("Code");
        w.writeAttribute("guid", node.guid);
        w.writeAttribute("name", clean(node.label));
        w.writeAttribute("isCodable", Boolean.toString(node.codable));
        if (node.color != null) {
            w.writeAttribute("color", QdaColors.written(node.color));
        }
        String description = null;
        for (Memo m : memoList) {
            if (isDescriptionOf(m, node)) {
                description = m.body();
            }
        }
        if (description != null) {
            text(w, "Description", description);
        }
        if (project) {
            for (Memo m : memoList) {
                if (m.target() instanceof MemoTarget.OfTag t && t.tagName().equalsIgnoreCase(node.path)
                        && !isDescriptionOf(m, node)) {
                    noteRef(w, memoGuid(m));
                }
            }
        }
        for (CodeNode child : node.children.values()) {
            code(w, child, project);
        }
        w.writeEndElement();
    }

    /** A code's description came in as a tag memo with an id made from the code's GUID. */
    private static boolean isDescriptionOf(Memo m, CodeNode node) {
        return m.target() instanceof MemoTarget.OfTag t && t.tagName().equalsIgnoreCase(node.path)
                && m.id().equals(QdaIds.codeDescription(node.guid));
    }

    private void source(XMLStreamWriter w, Source s) throws XMLStreamException {
        w.writeStartElement("TextSource");
        w.writeAttribute("guid", s.guid());
        w.writeAttribute("name", clean(s.info().title()));
        w.writeAttribute("plainTextPath", "internal://" + s.guid() + ".txt");
        for (Annotation a : s.annotations()) {
            w.writeStartElement("PlainTextSelection");
            w.writeAttribute("guid", QdaIds.of("annotation", a.id()));
            w.writeAttribute("name", clean(shortName(a.quote().exact())));
            w.writeAttribute("startPosition", Integer.toString(SourceText.position(s.text(), a.start())));
            w.writeAttribute("endPosition", Integer.toString(SourceText.position(s.text(), a.end())));
            userAttribute(w, "creatingUser", a.author());
            time(w, "creationDateTime", a.created());
            time(w, "modifiedDateTime", a.modified());
            for (String tag : a.tags()) {
                String guid = tagGuids.get(tag.toLowerCase(Locale.ROOT));
                if (guid == null) {
                    continue;
                }
                w.writeStartElement("Coding");
                w.writeAttribute("guid", QdaIds.named("coding", a.id() + ":" + guid));
                userAttribute(w, "creatingUser", a.author());
                time(w, "creationDateTime", a.created());
                w.writeEmptyElement("CodeRef");
                w.writeAttribute("targetGUID", guid);
                w.writeEndElement();
            }
            if (!a.note().isBlank()) {
                noteRef(w, QdaIds.annotationNote(a.id()));
            }
            w.writeEndElement();
        }
        for (Memo m : memoList) {
            if (m.target() instanceof MemoTarget.OfDocument d && d.documentId() == s.info().id()) {
                noteRef(w, memoGuid(m));
            }
        }
        w.writeEndElement();
    }

    private void notes(XMLStreamWriter w) throws XMLStreamException {
        boolean any = memoList.stream().anyMatch(m -> !isCodeDescription(m))
                || sources.stream().anyMatch(s -> s.annotations().stream().anyMatch(a -> !a.note().isBlank()));
        if (!any) {
            return;
        }
        w.writeStartElement("Notes");
        for (Source s : sources) {
            for (Annotation a : s.annotations()) {
                if (!a.note().isBlank()) {
                    note(w, QdaIds.annotationNote(a.id()), null, a.note(), a.author(), a);
                }
            }
        }
        for (Memo m : memoList) {
            if (!isCodeDescription(m)) {
                w.writeStartElement("Note");
                w.writeAttribute("guid", memoGuid(m));
                if (!m.title().isBlank()) {
                    w.writeAttribute("name", clean(m.title()));
                }
                userAttribute(w, "creatingUser", m.author());
                time(w, "creationDateTime", m.created());
                time(w, "modifiedDateTime", m.modified());
                text(w, "PlainTextContent", m.body());
                w.writeEndElement();
            }
        }
        w.writeEndElement();
    }

    private void note(XMLStreamWriter w, String guid, String title, String body, String author, Annotation a)
            throws XMLStreamException {
        w.writeStartElement("Note");
        w.writeAttribute("guid", guid);
        if (title != null) {
            w.writeAttribute("name", clean(title));
        }
        userAttribute(w, "creatingUser", author);
        time(w, "creationDateTime", a.created());
        time(w, "modifiedDateTime", a.modified());
        text(w, "PlainTextContent", body);
        w.writeEndElement();
    }

    private boolean isCodeDescription(Memo m) {
        if (!(m.target() instanceof MemoTarget.OfTag t)) {
            return false;
        }
        String guid = tagGuids.get(t.tagName().toLowerCase(Locale.ROOT));
        return guid != null && m.id().equals(QdaIds.codeDescription(guid));
    }

    /** Sets of documents; none at all writes no {@code <Sets>} (an empty one breaks the schema). */
    private void projectSets(XMLStreamWriter w) throws XMLStreamException {
        if (sets.isEmpty()) {
            return;
        }
        w.writeStartElement("Sets");
        for (Map.Entry<String, List<String>> e : sets.entrySet()) {
            w.writeStartElement("Set");
            w.writeAttribute("guid", QdaIds.collection(e.getKey()));
            w.writeAttribute("name", clean(e.getKey()));
            for (String member : e.getValue()) {
                w.writeEmptyElement("MemberSource");
                w.writeAttribute("targetGUID", member);
            }
            w.writeEndElement();
        }
        w.writeEndElement();
    }

    // ---- the codebook --------------------------------------------------------------------------

    byte[] codebookXml() throws IOException {
        return xml(w -> {
            w.writeStartElement("CodeBook");
            w.writeDefaultNamespace(QdpxReader.CODEBOOK_NS);
            w.writeAttribute("origin", ORIGIN);
            codes(w, root, false);
            w.writeEndElement();
        });
    }

    // ---- XML helpers ---------------------------------------------------------------------------

    @FunctionalInterface
    private interface Body {
        void write(XMLStreamWriter w) throws XMLStreamException;
    }

    private static byte[] xml(Body body) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            body.write(w);
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IOException("The REFI-QDA file could not be written: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    private static void text(XMLStreamWriter w, String element, String value) throws XMLStreamException {
        w.writeStartElement(element);
        w.writeCharacters(clean(value));
        w.writeEndElement();
    }

    private static void noteRef(XMLStreamWriter w, String guid) throws XMLStreamException {
        w.writeEmptyElement("NoteRef");
        w.writeAttribute("targetGUID", guid);
    }

    private static void userAttribute(XMLStreamWriter w, String attribute, String author) throws XMLStreamException {
        if (author != null && !author.isBlank()) {
            w.writeAttribute(attribute, QdaIds.user(author));
        }
    }

    private static void time(XMLStreamWriter w, String attribute, java.time.OffsetDateTime t) throws XMLStreamException {
        if (t != null) {
            w.writeAttribute(attribute, t.toInstant().toString());
        }
    }

    private static String memoGuid(Memo m) {
        return QdaIds.of("memo", m.id());
    }

    private static String shortName(String quote) {
        String oneLine = quote.strip().replaceAll("\\s+", " ");
        if (oneLine.codePointCount(0, oneLine.length()) <= NAME_CHARS) {
            return oneLine;
        }
        return oneLine.substring(0, oneLine.offsetByCodePoints(0, NAME_CHARS)) + "\u2026";
    }

    /** Leaves out what XML 1.0 cannot carry (control characters, unpaired surrogates). */
    static String clean(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (Character.isHighSurrogate(ch) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                out.append(ch).append(s.charAt(++i));
            } else if (ch == '\t' || ch == '\n' || ch == '\r' || (ch >= 0x20 && ch < 0xd800) || (ch > 0xdfff && ch < 0xfffe)) {
                out.append(ch);
            }
        }
        return out.toString();
    }
}
