package org.glossa.core.packet;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.glossa.model.Document;
import org.glossa.model.ImportedDocument;

/**
 * A .glossa bundle in memory: the manifest, each document (text + structure) and the annotations
 * as a W3C AnnotationCollection. {@link #read} verifies everything (zip limits, manifest schema,
 * every file present and matching its sha256, no stray entries) before a library sees any of it.
 */
public record Bundle(BundleManifest manifest, List<ImportedDocument> documents, String annotationsJson) {
    static final String MANIFEST = "manifest.json";

    public Bundle {
        documents = List.copyOf(documents);
    }

    public static Bundle read(Path file) {
        Map<String, byte[]> entries = BundleZip.read(file);
        byte[] manifestBytes = entries.get(MANIFEST);
        if (manifestBytes == null) {
            throw new BundleException("it has no manifest.json.");
        }
        BundleManifest manifest = BundleManifest.parse(manifestBytes);
        Set<String> expected = new HashSet<>(List.of(MANIFEST, manifest.annotationsFile()));
        List<ImportedDocument> docs = new ArrayList<>();
        for (BundleManifest.Entry e : manifest.documents()) {
            docs.add(DocumentJson.read(e.file(), verified(entries, e.file(), e.sha256())));
            expected.add(e.file());
        }
        String annotations = new String(verified(entries, manifest.annotationsFile(), manifest.annotationsSha256()),
                StandardCharsets.UTF_8);
        for (String name : entries.keySet()) {
            if (!expected.contains(name)) {
                throw new BundleException("it holds a file the manifest does not list: \"" + name + "\".");
            }
        }
        return new Bundle(manifest, docs, annotations);
    }

    private static byte[] verified(Map<String, byte[]> entries, String name, String sha256) {
        byte[] bytes = entries.get(name);
        if (bytes == null) {
            throw new BundleException("the manifest lists " + name + " but the bundle does not hold it.");
        }
        if (!BundleZip.sha256(bytes).equals(sha256)) {
            throw new BundleException(name + " does not match its sha256 in the manifest (damaged or altered).");
        }
        return bytes;
    }

    /** Writes a bundle: documents in the manifest's order (with their uris and questions), then the annotations. */
    public static void write(Path out, String kind, String author, java.time.OffsetDateTime created,
                      BundleManifest.PacketInfo packet, List<Document> docs, List<String> uris,
                      List<List<String>> questions, String annotationsJson) throws java.io.IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        List<BundleManifest.Entry> entries = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            String name = String.format(Locale.ROOT, "documents/%03d.json", i + 1);
            byte[] bytes = DocumentJson.write(docs.get(i));
            files.put(name, bytes);
            entries.add(new BundleManifest.Entry(uris.get(i), docs.get(i).title(), name, BundleZip.sha256(bytes),
                    questions.get(i)));
        }
        byte[] annotations = annotationsJson.getBytes(StandardCharsets.UTF_8);
        files.put(BundleManifest.ANNOTATIONS, annotations);
        BundleManifest manifest = new BundleManifest(kind, author, created, packet, entries,
                BundleManifest.ANNOTATIONS, BundleZip.sha256(annotations));
        Map<String, byte[]> zip = new LinkedHashMap<>();
        zip.put(MANIFEST, manifest.toJson());
        zip.putAll(files);
        BundleZip.write(out, zip);
    }
}
