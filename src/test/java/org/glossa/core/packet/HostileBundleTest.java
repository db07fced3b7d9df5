package org.glossa.core.packet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.glossa.core.Library;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bundles made to hurt: each is refused with one line, and the library is left exactly as it was. */
class HostileBundleTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Map<String, byte[]> good;

    @BeforeEach
    void goodBundle() throws IOException {
        Path file = dir.resolve("good.glossa");
        try (Library teacher = PacketRoundTripTest.library(dir, "Ms Lee")) {
            teacher.packets().exportBundle(PacketRoundTripTest.teachersPacket(teacher), file);
        }
        good = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                good.put(e.getName(), zip.getInputStream(e).readAllBytes());
            }
        }
    }

    private Path zip(Map<String, byte[]> entries) throws IOException {
        return zip(Files.createTempFile(dir, "bad", ".glossa"), entries);
    }

    /** Writes {@code entries} as a zip to {@code file}, as a hand-made bundle. */
    static Path zip(Path file, Map<String, byte[]> entries) throws IOException {
        try (OutputStream o = Files.newOutputStream(file); ZipOutputStream z = new ZipOutputStream(o)) {
            for (var e : entries.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        }
        return file;
    }

    private Map<String, byte[]> withManifest(Consumer<ObjectNode> change) throws IOException {
        ObjectNode m = (ObjectNode) JSON.readTree(good.get("manifest.json"));
        change.accept(m);
        Map<String, byte[]> copy = new LinkedHashMap<>(good);
        copy.put("manifest.json", JSON.writeValueAsBytes(m));
        return copy;
    }

    private void refusedAndUnchanged(Path bundle, String message) {
        try (Library student = PacketRoundTripTest.library(dir, "Ana")) {
            int docs = student.documents().size();
            int annotations = student.allAnnotations().size();
            assertThatThrownBy(() -> student.packets().importBundle(bundle)).hasMessageContaining(message)
                    .hasMessageNotContaining("\n");
            assertThat(student.documents()).hasSize(docs);
            assertThat(student.allAnnotations()).hasSize(annotations);
            assertThat(student.packets().list()).isEmpty();
        }
    }

    @Test
    void theUntouchedBundleOpens() throws IOException {
        try (Library student = PacketRoundTripTest.library(dir, "Ana")) {
            assertThat(student.packets().importBundle(zip(good)).documentsImported()).isEqualTo(2);
        }
    }

    @Test
    void pathTraversalAndAbsoluteNamesAreRefused() throws IOException {
        for (String name : new String[] {"../evil.json", "/etc/passwd", "documents/../../x", "C:/x", "a\\b"}) {
            Map<String, byte[]> bad = new LinkedHashMap<>(good);
            bad.put(name, new byte[] {1});
            refusedAndUnchanged(zip(bad), "unsafe file name");
        }
    }

    @Test
    void aFileTheManifestDoesNotListIsRefused() throws IOException {
        Map<String, byte[]> bad = new LinkedHashMap<>(good);
        bad.put("documents/999.json", "{}".getBytes(StandardCharsets.UTF_8));
        refusedAndUnchanged(zip(bad), "does not list");
    }

    @Test
    void aZipBombWhoseCentralDirectoryLiesAboutItsCompressedSizeIsRefusedByTheBytesReallyRead()
            throws IOException {
        Map<String, byte[]> first = new LinkedHashMap<>(good);
        first.remove("documents/001.json");
        byte[] bomb = org.glossa.core.importing.LyingZip.bomb(first, "documents/001.json",
                (int) (BundleZip.MAX_ENTRY_BYTES * 3 / 4), 1024 * 1024);
        refusedAndUnchanged(Files.write(dir.resolve("lying.glossa"), bomb), "compressed more than");
    }

    @Test
    void aZipBombIsRefusedByItsRatio() throws IOException {
        Map<String, byte[]> bad = new LinkedHashMap<>(good);
        bad.put("documents/001.json", new byte[(int) (BundleZip.MAX_ENTRY_BYTES / 2)]);
        refusedAndUnchanged(zip(bad), "compressed more than");
    }

    @Test
    void tooManyEntriesAreRefused() throws IOException {
        Map<String, byte[]> bad = new LinkedHashMap<>(good);
        for (int i = 0; i <= BundleZip.MAX_ENTRIES; i++) {
            bad.put("extra/" + i, new byte[0]);
        }
        refusedAndUnchanged(zip(bad), "entries");
    }

    @Test
    void aManifestWithMissingOrMistypedFieldsIsRefusedNamingTheField() throws IOException {
        refusedAndUnchanged(zip(withManifest(m -> m.remove("kind"))), "missing kind");
        refusedAndUnchanged(zip(withManifest(m -> m.put("formatVersion", "1"))), "formatVersion");
        refusedAndUnchanged(zip(withManifest(m -> m.put("formatVersion", 99))), "newer Glossa");
        refusedAndUnchanged(zip(withManifest(m -> ((ObjectNode) m.get("packet")).put("title", 7))), "title must be text");
        refusedAndUnchanged(zip(withManifest(m -> ((ObjectNode) m.get("packet")).put("title", "x".repeat(501)))),
                "longer than 500");
        refusedAndUnchanged(zip(withManifest(m -> m.putArray("documents"))), "non-empty list");
        refusedAndUnchanged(zip(withManifest(m -> ((ObjectNode) m.get("documents").get(0))
                .put("file", "../001.json"))), "bad or repeated document file name");
        refusedAndUnchanged(zip(Map.of("manifest.json", "not json".getBytes(StandardCharsets.UTF_8))), "not valid JSON");
    }

    @Test
    void aDocumentThatDoesNotMatchItsHashIsRefused() throws IOException {
        Map<String, byte[]> bad = new LinkedHashMap<>(good);
        bad.put("documents/002.json", good.get("documents/001.json"));
        refusedAndUnchanged(zip(bad), "does not match its sha256");
    }

    @Test
    void aBrokenAnnotationsFileLateInTheImportRollsBackTheDocumentsAlreadyStored() throws IOException {
        byte[] broken = "{\"type\": \"AnnotationCollection\", \"first\": {\"items\": [{\"id\": 5}".getBytes(
                StandardCharsets.UTF_8);
        Map<String, byte[]> bad = withManifest(m -> ((ObjectNode) m.get("annotations"))
                .put("sha256", BundleZip.sha256(broken)));
        bad.put("annotations.jsonld", broken);
        refusedAndUnchanged(zip(bad), "annotations.jsonld is not valid JSON");
    }

    @Test
    void notAZipIsRefused() throws IOException {
        Path file = dir.resolve("text.glossa");
        Files.writeString(file, "hello");
        refusedAndUnchanged(file, "not a readable zip");
    }

    @Test
    void aBundleCannotRewriteTheUsersOwnAnnotationsNorAnotherAuthors() throws IOException {
        try (Library student = PacketRoundTripTest.library(dir, "Ana")) {
            student.packets().importBundle(zip(good));
            long essay = student.packets().list().get(0).readings().get(0).documentId();
            org.glossa.model.Annotation teachers = student.layers().annotationsBy(essay, "Ms Lee").get(0);
            org.glossa.model.Annotation mine = student.annotateQuote(essay, "Trade came by boat", 1, null, "mine",
                    java.util.List.of());
            ObjectNode collection = (ObjectNode) JSON.readTree(good.get("annotations.jsonld"));
            ObjectNode item = (ObjectNode) collection.get("first").get("items").get(0);
            item.put("modified", "2099-01-01T00:00:00Z");
            item.putObject("creator").put("type", "Person").put("name", "Ana");
            ObjectNode copy = item.deepCopy();
            copy.put("id", "urn:uuid:" + mine.id());
            copy.putObject("creator").put("type", "Person").put("name", "Bo");
            ((com.fasterxml.jackson.databind.node.ArrayNode) collection.get("first").get("items")).add(copy);
            byte[] forged = JSON.writeValueAsBytes(collection);
            Map<String, byte[]> bad = withManifest(m -> ((ObjectNode) m.get("annotations"))
                    .put("sha256", BundleZip.sha256(forged)));
            bad.put("annotations.jsonld", forged);

            BundleImportReport r = student.packets().importBundle(zip(bad));

            assertThat(r.keptYours()).isEqualTo(2);
            assertThat(student.annotation(teachers.id())).isEqualTo(teachers);
            assertThat(student.annotation(mine.id())).isEqualTo(mine);
        }
    }
}
