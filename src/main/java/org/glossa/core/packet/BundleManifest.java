package org.glossa.core.packet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * manifest.json of a .glossa bundle: what the bundle is (a teacher's packet or a student's work),
 * the packet it belongs to, and its documents with their file names, sha256 and questions.
 * {@link #parse} checks every field's presence, type and size before anything else is read, so
 * a damaged or hostile manifest fails with one line naming the field.
 */
public record BundleManifest(String kind, String author, OffsetDateTime created, PacketInfo packet,
                             List<Entry> documents, String annotationsFile, String annotationsSha256) {
    public static final String FORMAT = "glossa-bundle";
    public static final int FORMAT_VERSION = 1;
    public static final String PACKET = "packet";
    public static final String WORK = "work";
    public static final String ANNOTATIONS = "annotations.jsonld";

    static final int MAX_DOCUMENTS = 200;
    static final int MAX_QUESTIONS = 100;
    static final int MAX_TITLE = 500;
    static final int MAX_NAME = 200;
    static final int MAX_INTRODUCTION = 50_000;
    static final int MAX_QUESTION = 5_000;
    static final int MAX_URI = 2_000;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern DOCUMENT_FILE = Pattern.compile("documents/\\d{3}\\.json");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    public BundleManifest {
        documents = List.copyOf(documents);
    }

    /** The packet a bundle belongs to; {@code uid} finds it again in the receiving library. */
    public record PacketInfo(String uid, String title, String introduction, String author, OffsetDateTime created) {
    }

    /** One document: its interchange uri, the file holding it, that file's sha256, its questions. */
    public record Entry(String uri, String title, String file, String sha256, List<String> questions) {
        public Entry {
            questions = List.copyOf(questions);
        }
    }

    byte[] toJson() {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("formatVersion", FORMAT_VERSION);
        root.put("kind", kind);
        root.put("author", author);
        root.put("created", created.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        ObjectNode p = root.putObject("packet");
        p.put("uid", packet.uid());
        p.put("title", packet.title());
        p.put("introduction", packet.introduction());
        p.put("author", packet.author());
        p.put("created", packet.created().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        ArrayNode docs = root.putArray("documents");
        for (Entry e : documents) {
            ObjectNode d = docs.addObject();
            d.put("uri", e.uri());
            d.put("title", e.title());
            d.put("file", e.file());
            d.put("sha256", e.sha256());
            ArrayNode q = d.putArray("questions");
            e.questions().forEach(q::add);
        }
        ObjectNode a = root.putObject("annotations");
        a.put("file", annotationsFile);
        a.put("sha256", annotationsSha256);
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
        } catch (IOException e) {
            throw new IllegalStateException("a tree of plain values always serialises", e);
        }
    }

    static BundleManifest parse(byte[] bytes) {
        JsonNode root;
        try {
            root = JSON.readTree(bytes);
        } catch (IOException e) {
            throw new BundleException("manifest.json is not valid JSON.");
        }
        if (root == null || !root.isObject()) {
            throw new BundleException("manifest.json must be a JSON object.");
        }
        if (!FORMAT.equals(root.path("format").asText())) {
            throw new BundleException("manifest.json does not say \"format\": \"" + FORMAT + "\".");
        }
        JsonNode version = root.get("formatVersion");
        if (version == null || !version.isInt()) {
            throw new BundleException("manifest.json needs a whole-number formatVersion.");
        }
        if (version.asInt() > FORMAT_VERSION) {
            throw new BundleException("it was made by a newer Glossa (format " + version.asInt()
                    + "); update Glossa to open it.");
        }
        String kind = text(root, "kind", 20, true);
        if (!kind.equals(PACKET) && !kind.equals(WORK)) {
            throw new BundleException("manifest.json: kind must be \"packet\" or \"work\", not \"" + kind + "\".");
        }
        JsonNode p = object(root, "packet");
        PacketInfo packet = new PacketInfo(text(p, "uid", 100, true), text(p, "title", MAX_TITLE, true),
                text(p, "introduction", MAX_INTRODUCTION, false), text(p, "author", MAX_NAME, false),
                time(p, "created"));
        JsonNode docs = root.get("documents");
        if (docs == null || !docs.isArray() || docs.isEmpty()) {
            throw new BundleException("manifest.json: documents must be a non-empty list.");
        }
        if (docs.size() > MAX_DOCUMENTS) {
            throw new BundleException("manifest.json lists " + docs.size() + " documents; at most "
                    + MAX_DOCUMENTS + " are allowed.");
        }
        List<Entry> entries = new ArrayList<>();
        Set<String> files = new HashSet<>();
        for (JsonNode d : docs) {
            if (!d.isObject()) {
                throw new BundleException("manifest.json: each document must be an object.");
            }
            String file = text(d, "file", 100, true);
            if (!DOCUMENT_FILE.matcher(file).matches() || !files.add(file)) {
                throw new BundleException("manifest.json: bad or repeated document file name \"" + file + "\".");
            }
            entries.add(new Entry(text(d, "uri", MAX_URI, true), text(d, "title", MAX_TITLE, true), file,
                    sha(d), questions(d)));
        }
        JsonNode a = object(root, "annotations");
        if (!ANNOTATIONS.equals(text(a, "file", 100, true))) {
            throw new BundleException("manifest.json: annotations must be in " + ANNOTATIONS + ".");
        }
        return new BundleManifest(kind, text(root, "author", MAX_NAME, false), time(root, "created"), packet,
                entries, ANNOTATIONS, sha(a));
    }

    private static List<String> questions(JsonNode d) {
        JsonNode q = d.get("questions");
        if (q == null || q.isNull()) {
            return List.of();
        }
        if (!q.isArray() || q.size() > MAX_QUESTIONS) {
            throw new BundleException("manifest.json: questions must be a list of at most " + MAX_QUESTIONS + ".");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode n : q) {
            if (!n.isTextual() || n.asText().length() > MAX_QUESTION) {
                throw new BundleException("manifest.json: each question must be text of at most " + MAX_QUESTION
                        + " characters.");
            }
            out.add(n.asText());
        }
        return out;
    }

    private static JsonNode object(JsonNode parent, String field) {
        JsonNode n = parent.get(field);
        if (n == null || !n.isObject()) {
            throw new BundleException("manifest.json: " + field + " must be an object.");
        }
        return n;
    }

    private static String text(JsonNode parent, String field, int max, boolean required) {
        JsonNode n = parent.get(field);
        if (n == null || n.isNull()) {
            if (required) {
                throw new BundleException("manifest.json is missing " + field + ".");
            }
            return "";
        }
        if (!n.isTextual()) {
            throw new BundleException("manifest.json: " + field + " must be text.");
        }
        String s = n.asText();
        if (required && s.isBlank()) {
            throw new BundleException("manifest.json: " + field + " is empty.");
        }
        if (s.length() > max) {
            throw new BundleException("manifest.json: " + field + " is longer than " + max + " characters.");
        }
        return s;
    }

    private static String sha(JsonNode parent) {
        String s = text(parent, "sha256", 64, true);
        if (!SHA256.matcher(s).matches()) {
            throw new BundleException("manifest.json: sha256 must be 64 lowercase hex digits.");
        }
        return s;
    }

    private static OffsetDateTime time(JsonNode parent, String field) {
        String s = text(parent, field, 40, true);
        try {
            return OffsetDateTime.parse(s, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeParseException e) {
            throw new BundleException("manifest.json: " + field + " is not a date-time with a zone: " + s);
        }
    }
}
