package org.glossa.core.qda;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.glossa.core.importing.ImportException;
import org.glossa.core.importing.Importers;
import org.glossa.core.importing.SafeXml;
import org.glossa.core.importing.SafeZip;
import org.glossa.core.importing.TextDecoder;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads a REFI-QDA project ({@code .qdpx}: a zip with one {@code .qde} project file, named
 * after the project by some tools, and its sources under {@code sources/}) or a codebook
 * ({@code .qdc}), within the zip and XML safety limits of the importers. What it cannot use is
 * told in {@link Read#notices}, one line each.
 */
public final class QdpxReader {
    public static final String PROJECT_NS = "urn:QDA-XML:project:1.0";
    public static final String CODEBOOK_NS = "urn:QDA-XML:codebook:1.0";
    private static final String INTERNAL = "internal://";
    private static final String RELATIVE = "relative://";
    /** Media that a project may carry and Glossa does not read: never held in memory. */
    private static final List<String> KEPT = List.of(".qde", ".txt", ".pdf", ".docx", ".html", ".htm", ".md");

    /** A project as read, with what could not be used. */
    public record Read(QdaProject project, List<String> notices) {
    }

    private final List<String> notices = new ArrayList<>();
    private Map<String, byte[]> entries = Map.of();
    private Path folder;
    private String what;
    private final Map<String, String> variableNames = new LinkedHashMap<>();

    private QdpxReader() {
    }

    /** Reads a {@code .qdpx} project or a {@code .qdc} codebook. */
    public static Read read(Path file) throws ImportException {
        QdpxReader r = new QdpxReader();
        r.what = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        r.folder = file.toAbsolutePath().getParent();
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                throw new ImportException(r.what + " is a folder, not a REFI-QDA project.");
            }
            if (Files.size(file) > Importers.MAX_FILE_BYTES) {
                throw new ImportException(r.what + " is larger than " + Importers.MAX_FILE_BYTES / (1024 * 1024)
                        + " MB; Glossa does not open projects that large.");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ImportException("No such file: " + file);
        } catch (IOException e) {
            throw new ImportException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        return r.read(bytes);
    }

    private Read read(byte[] bytes) throws ImportException {
        if (bytes.length == 0) {
            throw new ImportException(what + " is empty; it is not a REFI-QDA project.");
        }
        boolean zip = bytes.length > 3 && bytes[0] == 'P' && bytes[1] == 'K';
        if (!zip && what.toLowerCase(Locale.ROOT).endsWith(".qdpx")) {
            throw new ImportException(what + " is not a zip archive, so it is not a REFI-QDA project; get a fresh copy.");
        }
        if (!zip) {
            Element root = xml(bytes, what).getDocumentElement();
            if (!"CodeBook".equals(root.getLocalName())) {
                throw new ImportException(what + " is neither a REFI-QDA project (.qdpx, a zip archive) nor a"
                        + " codebook (.qdc).");
            }
            List<QdaProject.Code> codes = codes(child(root, "Codes"));
            return new Read(new QdaProject(stem(what), null, List.of(), codes, List.of(), List.of(),
                    List.of(), List.of(), List.of()), List.copyOf(notices));
        }
        try {
            entries = SafeZip.read(bytes, what, name -> KEPT.stream().anyMatch(
                    ext -> name.toLowerCase(Locale.ROOT).endsWith(ext)));
        } catch (ImportException e) {
            throw ofProject(e);
        }
        String qde = projectFile();
        Element root = xml(entries.get(qde), what + " (" + qde + ")").getDocumentElement();
        if (!"Project".equals(root.getLocalName())) {
            throw new ImportException(what + " holds no REFI-QDA project: " + qde + " has <" + root.getLocalName()
                    + "> where <Project> belongs.");
        }
        if (!PROJECT_NS.equals(root.getNamespaceURI())) {
            notices.add("The project file does not declare the REFI-QDA namespace; read as a project anyway.");
        }
        return new Read(project(root), List.copyOf(notices));
    }

    private static org.w3c.dom.Document xml(byte[] bytes, String what) throws ImportException {
        try {
            return SafeXml.parse(bytes, what);
        } catch (ImportException e) {
            throw ofProject(e);
        }
    }

    /** The importers' message about an archive or XML file, said of a project rather than a book. */
    private static ImportException ofProject(ImportException e) {
        return new ImportException(e.getMessage().replace("not a book Glossa can open", "not a project Glossa can open")
                .replace("the book is damaged", "the project is damaged").replace("holds no documents", "holds nothing"), e);
    }

    /** The {@code .qde} file: any name (ATLAS.ti names it after the project), the shallowest first. */
    private String projectFile() throws ImportException {
        String best = null;
        int found = 0;
        for (String name : entries.keySet()) {
            if (name.toLowerCase(Locale.ROOT).endsWith(".qde")) {
                found++;
                if (best == null || depth(name) < depth(best)) {
                    best = name;
                }
            }
        }
        if (best == null) {
            throw new ImportException(what + " holds no project file (.qde); it is not a REFI-QDA project.");
        }
        if (found > 1) {
            notices.add(what + " holds " + found + " project files; " + best + " was read.");
        }
        return best;
    }

    private static int depth(String name) {
        return name.split("/").length;
    }

    private QdaProject project(Element root) throws ImportException {
        List<QdaProject.User> users = new ArrayList<>();
        for (Element u : children(child(root, "Users"), "User")) {
            String name = firstNonBlank(u.getAttribute("name"), u.getAttribute("id"), u.getAttribute("guid"));
            users.add(new QdaProject.User(guid(u.getAttribute("guid")), name.strip()));
        }
        Element codeBook = child(root, "CodeBook");
        List<QdaProject.Code> codes = codes(codeBook == null ? null : child(codeBook, "Codes"));
        for (Element v : children(child(root, "Variables"), "Variable")) {
            variableNames.put(guid(v.getAttribute("guid")), v.getAttribute("name").strip());
        }
        List<QdaProject.Case> cases = new ArrayList<>();
        for (Element c : children(child(root, "Cases"), "Case")) {
            cases.add(new QdaProject.Case(guid(c.getAttribute("guid")), c.getAttribute("name").strip(),
                    refs(c, "SourceRef"), values(c)));
        }
        List<QdaProject.Source> sources = new ArrayList<>();
        Element sourcesElement = child(root, "Sources");
        for (Element s : elements(sourcesElement)) {
            QdaProject.Source source = source(s);
            if (source != null) {
                sources.add(source);
            }
        }
        List<QdaProject.Note> notes = new ArrayList<>();
        for (Element n : children(child(root, "Notes"), "Note")) {
            notes.add(note(n));
        }
        List<QdaProject.QdaSet> sets = new ArrayList<>();
        for (Element s : children(child(root, "Sets"), "Set")) {
            sets.add(new QdaProject.QdaSet(guid(s.getAttribute("guid")), s.getAttribute("name"),
                    text(child(s, "Description")), refs(s, "MemberSource"), refs(s, "MemberCode")));
        }
        if (child(root, "Links") != null || child(root, "Graphs") != null) {
            notices.add("Links and graphs are not kept: Glossa has no place for them.");
        }
        String creator = root.getAttribute("creatingUserGUID");
        return new QdaProject(root.getAttribute("name"), creator.isBlank() ? null : guid(creator), users, codes,
                sources, notes, sets, cases, refs(root, "NoteRef"));
    }

    private List<QdaProject.Code> codes(Element parent) {
        List<QdaProject.Code> out = new ArrayList<>();
        for (Element c : children(parent, "Code")) {
            out.add(new QdaProject.Code(guid(c.getAttribute("guid")), c.getAttribute("name"),
                    !"false".equals(c.getAttribute("isCodable").strip()) && !"0".equals(c.getAttribute("isCodable").strip()),
                    c.hasAttribute("color") ? c.getAttribute("color").strip() : null,
                    text(child(c, "Description")), refs(c, "NoteRef"), codes(c)));
        }
        return out;
    }

    private QdaProject.Source source(Element s) throws ImportException {
        String guid = guid(s.getAttribute("guid"));
        String name = firstNonBlank(s.getAttribute("name"), guid);
        Map<String, String> variables = values(s);
        List<String> noteRefs = refs(s, "NoteRef");
        switch (s.getLocalName()) {
            case "TextSource" -> {
                String[] missing = {null};
                String text = plainText(s, missing);
                byte[] rich = null;
                String richName = null;
                if (text == null && !s.getAttribute("richTextPath").isBlank()) {
                    richName = fileName(s.getAttribute("richTextPath"));
                    rich = file(s.getAttribute("richTextPath"), new String[1]);
                }
                return new QdaProject.Source(guid, name, QdaProject.Kind.TEXT, text, rich, richName, missing[0],
                        selections(s), 0, noteRefs, variables);
            }
            case "PDFSource" -> {
                Element representation = child(s, "Representation");
                String[] missing = {null};
                String text = representation == null ? null : plainText(representation, missing);
                int areas = children(s, "PDFSelection").size();
                if (text != null) {
                    return new QdaProject.Source(guid, name, QdaProject.Kind.PDF, text, null, null, null,
                            selections(representation), areas, noteRefs, variables);
                }
                byte[] pdf = file(s.getAttribute("path"), missing);
                return new QdaProject.Source(guid, name, QdaProject.Kind.PDF, null, pdf, fileName(s.getAttribute("path")),
                        missing[0], List.of(), areas, noteRefs, variables);
            }
            case "PictureSource", "AudioSource", "VideoSource" -> {
                QdaProject.Kind kind = QdaProject.Kind.valueOf(s.getLocalName().replace("Source", "")
                        .toUpperCase(Locale.ROOT));
                int selections = 0;
                for (Element e : elements(s)) {
                    selections += e.getLocalName().endsWith("Selection") ? 1 : 0;
                }
                return new QdaProject.Source(guid, name, kind, null, null, null, null, List.of(), selections,
                        noteRefs, variables);
            }
            default -> {
                notices.add("An unknown kind of source (<" + s.getLocalName() + ">) was left out.");
                return null;
            }
        }
    }

    private List<QdaProject.Selection> selections(Element source) {
        List<QdaProject.Selection> out = new ArrayList<>();
        for (Element p : children(source, "PlainTextSelection")) {
            int start;
            int end;
            try {
                start = Integer.parseInt(p.getAttribute("startPosition").strip());
                end = Integer.parseInt(p.getAttribute("endPosition").strip());
            } catch (NumberFormatException e) {
                notices.add("A selection without whole-number positions was left out (" + p.getAttribute("guid") + ").");
                continue;
            }
            List<String> codes = new ArrayList<>();
            List<String> noteRefs = new ArrayList<>(refs(p, "NoteRef"));
            for (Element coding : children(p, "Coding")) {
                codes.addAll(refs(coding, "CodeRef"));
                noteRefs.addAll(refs(coding, "NoteRef"));
            }
            String user = firstNonBlank(p.getAttribute("creatingUser"), p.getAttribute("modifyingUser"));
            out.add(new QdaProject.Selection(guid(p.getAttribute("guid")), start, end, user.isBlank() ? null : guid(user),
                    time(p.getAttribute("creationDateTime")), time(p.getAttribute("modifiedDateTime")),
                    text(child(p, "Description")), codes, noteRefs));
        }
        return out;
    }

    private QdaProject.Note note(Element n) throws ImportException {
        String text = plainText(n, new String[1]);
        String description = text(child(n, "Description"));
        String body = text == null ? "" : text;
        if (description != null && !description.isBlank()) {
            body = body.isBlank() ? description : description.strip() + "\n\n" + body;
        }
        String user = n.getAttribute("creatingUser");
        return new QdaProject.Note(guid(n.getAttribute("guid")), n.getAttribute("name"), body,
                user.isBlank() ? null : guid(user), time(n.getAttribute("creationDateTime")),
                time(n.getAttribute("modifiedDateTime")));
    }

    /** The plain text of a source, a representation or a note: inline, else from its plainTextPath; null when absent. */
    private String plainText(Element e, String[] missing) throws ImportException {
        Element inline = child(e, "PlainTextContent");
        if (inline != null) {
            return inline.getTextContent();
        }
        String path = e.getAttribute("plainTextPath");
        if (path.isBlank()) {
            return null;
        }
        byte[] bytes = file(path, missing);
        if (bytes == null) {
            return null;
        }
        if (bytes.length > Importers.MAX_TEXT_BYTES) {
            missing[0] = "its text is larger than " + Importers.MAX_TEXT_BYTES / (1024 * 1024) + " MB";
            return null;
        }
        return decode(bytes);
    }

    private static String decode(byte[] bytes) throws ImportException {
        // REFI-QDA plain text is UTF-8; anything else is guessed like a text file's encoding
        java.nio.charset.CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder();
        try {
            return utf8.decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            return TextDecoder.decode(bytes);
        }
    }

    /**
     * The bytes a project path names: {@code internal://} inside the archive, {@code relative://}
     * or a bare relative path in the project's folder; null (with the reason in {@code missing})
     * when it is absent or points elsewhere, which Glossa does not read.
     */
    private byte[] file(String path, String[] missing) {
        String p = path.strip();
        if (p.isEmpty()) {
            missing[0] = "it names no file";
            return null;
        }
        if (p.regionMatches(true, 0, INTERNAL, 0, INTERNAL.length())) {
            String name = p.substring(INTERNAL.length()).replaceFirst("^/+", "");
            byte[] found = entry(name);
            if (found == null) {
                missing[0] = "its file " + name + " is not in the project";
            }
            return found;
        }
        String relative = p.regionMatches(true, 0, RELATIVE, 0, RELATIVE.length())
                ? p.substring(RELATIVE.length()).replaceFirst("^/+", "") : p.contains("://") ? null : p;
        if (relative == null || relative.startsWith("/") || relative.matches("^[A-Za-z]:.*")
                || ("/" + relative.replace('\\', '/') + "/").contains("/../") || folder == null) {
            missing[0] = "its file " + p + " is outside the project";
            return null;
        }
        Path f = folder.resolve(relative).normalize();
        try {
            if (f.startsWith(folder) && Files.isRegularFile(f) && Files.size(f) <= Importers.MAX_FILE_BYTES) {
                return Files.readAllBytes(f);
            }
        } catch (IOException e) {
            missing[0] = "its file " + relative + " could not be read (" + e.getMessage() + ")";
            return null;
        }
        missing[0] = "its file " + relative + " is not beside the project";
        return null;
    }

    private byte[] entry(String name) {
        byte[] exact = entries.get("sources/" + name);
        if (exact != null) {
            return exact;
        }
        for (Map.Entry<String, byte[]> e : entries.entrySet()) {
            String n = e.getKey();
            if (n.equalsIgnoreCase(name) || n.toLowerCase(Locale.ROOT).endsWith("/" + name.toLowerCase(Locale.ROOT))) {
                return e.getValue();
            }
        }
        return null;
    }

    private static String fileName(String path) {
        String p = path.strip().replace('\\', '/');
        return p.substring(p.lastIndexOf('/') + 1);
    }

    private Map<String, String> values(Element owner) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Element v : children(owner, "VariableValue")) {
            Element ref = child(v, "VariableRef");
            if (ref == null) {
                continue;
            }
            String target = guid(ref.getAttribute("targetGUID"));
            String name = variableNames.getOrDefault(target, target);
            for (Element value : elements(v)) {
                if (!"VariableRef".equals(value.getLocalName())) {
                    out.put(name, value.getTextContent().strip());
                }
            }
        }
        return out;
    }

    private static List<String> refs(Element owner, String localName) {
        List<String> out = new ArrayList<>();
        for (Element r : children(owner, localName)) {
            String target = r.getAttribute("targetGUID");
            if (target.isBlank()) {
                target = r.getAttribute("guid"); // MemberCode in a codebook
            }
            if (!target.isBlank()) {
                out.add(guid(target));
            }
        }
        return out;
    }

    /** A GUID as compared here: lower case, without braces. */
    static String guid(String raw) {
        return raw.strip().replace("{", "").replace("}", "").toLowerCase(Locale.ROOT);
    }

    private static OffsetDateTime time(String raw) {
        String s = raw.strip();
        if (s.isEmpty()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(s).withOffsetSameInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(s).atOffset(ZoneOffset.UTC);
            } catch (DateTimeParseException again) {
                return null;
            }
        }
    }

    private static String text(Element e) {
        return e == null ? null : e.getTextContent();
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return "";
    }

    private static String stem(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    static Element child(Element parent, String localName) {
        List<Element> found = children(parent, localName);
        return found.isEmpty() ? null : found.get(0);
    }

    static List<Element> children(Element parent, String localName) {
        List<Element> out = new ArrayList<>();
        for (Element e : elements(parent)) {
            if (localName.equals(e.getLocalName())) {
                out.add(e);
            }
        }
        return out;
    }

    private static List<Element> elements(Element parent) {
        List<Element> out = new ArrayList<>();
        if (parent == null) {
            return out;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                out.add(e);
            }
        }
        return out;
    }
}
