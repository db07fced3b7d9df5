package org.glossa.core.packet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.glossa.core.Library;
import org.glossa.model.Annotation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bundle never rewrites the user's own annotations, and a student's work adds a layer and nothing else. */
class BundleLeavesYourWorkAloneTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static Map<String, byte[]> entries(Path bundle) throws IOException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(bundle.toFile())) {
            for (ZipEntry e : Collections.list(zip.entries())) {
                out.put(e.getName(), zip.getInputStream(e).readAllBytes());
            }
        }
        return out;
    }

    /** The teacher's packet, exported as a bundle to week3.glossa; returns the packet's id at the teacher's. */
    private long teachersBundle(Path packetBundle) throws IOException {
        try (Library teacher = PacketRoundTripTest.library(dir, "Ms Lee")) {
            long packet = PacketRoundTripTest.teachersPacket(teacher);
            teacher.packets().exportBundle(packet, packetBundle);
            return packet;
        }
    }

    /** The bundle with its annotations replaced by {@code forged}, and the manifest's digest to match. */
    private Path forged(Map<String, byte[]> good, byte[] forged) throws IOException {
        ObjectNode m = (ObjectNode) JSON.readTree(good.get("manifest.json"));
        ((ObjectNode) m.get("annotations")).put("sha256", BundleZip.sha256(forged));
        Map<String, byte[]> bad = new LinkedHashMap<>(good);
        bad.put("manifest.json", JSON.writeValueAsBytes(m));
        bad.put("annotations.jsonld", forged);
        return HostileBundleTest.zip(dir.resolve("forged.glossa"), bad);
    }

    @Test
    void anAnnotationWhoseIdIsAnArrayIsRefusedAndCannotRewriteOneOfYours() throws IOException {
        Path packetBundle = dir.resolve("week3.glossa");
        teachersBundle(packetBundle);
        Map<String, byte[]> good = entries(packetBundle);
        try (Library student = PacketRoundTripTest.library(dir, "Ana")) {
            student.packets().importBundle(packetBundle);
            long essay = student.packets().list().get(0).readings().get(0).documentId();
            Annotation mine = student.annotateQuote(essay, "Trade came by boat", 1, null, "mine", List.of("own"));

            ObjectNode collection = (ObjectNode) JSON.readTree(good.get("annotations.jsonld"));
            ObjectNode item = (ObjectNode) collection.get("first").get("items").get(0);
            item.putArray("id").add("urn:uuid:" + mine.id());
            item.put("modified", "2099-01-01T00:00:00Z");
            item.putObject("creator").put("type", "Person").put("name", "Bo");
            BundleImportReport r = student.packets().importBundle(forged(good, JSON.writeValueAsBytes(collection)));

            assertThat(student.annotation(mine.id())).isEqualTo(mine);
            assertThat(r.annotations().refused()).isEqualTo(1);
            assertThat(r.annotations().problems()).anyMatch(p -> p.startsWith("refused") && p.contains("not one IRI"));
            assertThat(r.summary()).contains("1 refused");
        }
    }

    @Test
    void aStudentsWorkCannotAddReadingsToTheTeachersPacket() throws IOException {
        Path packetBundle = dir.resolve("week3.glossa");
        long packetAtTeacher = teachersBundle(packetBundle);
        Path work = dir.resolve("ana-work.glossa");
        try (Library student = PacketRoundTripTest.library(dir, "Ana")) {
            long p = student.packets().importBundle(packetBundle).packetId();
            long extra = student.importDocument(PacketRoundTripTest.text("Ana's own find", "A text the teacher never gave.\n")).id();
            student.packets().addDocument(p, extra);
            student.annotateQuote(extra, "never gave", 1, null, "look", List.of());
            student.packets().exportMyWork(p, work);
        }
        try (Library teacher = PacketRoundTripTest.library(dir, "Ms Lee")) {
            int documents = teacher.documents().size();
            int annotations = teacher.allAnnotations().size();
            List<Long> readings = teacher.packets().get(packetAtTeacher).documentIds();

            assertThatThrownBy(() -> teacher.packets().importBundle(work))
                    .hasMessageContaining("a student's work")
                    .hasMessageNotContaining("\n");

            assertThat(teacher.documents()).hasSize(documents);
            assertThat(teacher.allAnnotations()).hasSize(annotations);
            assertThat(teacher.packets().get(packetAtTeacher).documentIds()).isEqualTo(readings);
        }
    }

    @Test
    void aStudentsWorkBringsOnlyThatStudentsAnnotations() throws IOException {
        Path packetBundle = dir.resolve("week3.glossa");
        long packetAtTeacher = teachersBundle(packetBundle);
        Path work = dir.resolve("ana-work.glossa");
        try (Library student = PacketRoundTripTest.library(dir, "Ana")) {
            long p = student.packets().importBundle(packetBundle).packetId();
            long essay = student.packets().get(p).readings().get(0).documentId();
            student.annotateQuote(essay, "Trade came by boat", 1, null, "Ana's", List.of());
            student.packets().exportMyWork(p, work);
        }
        Map<String, byte[]> good = entries(work);
        ObjectNode collection = (ObjectNode) JSON.readTree(good.get("annotations.jsonld"));
        ArrayNode items = (ArrayNode) collection.get("first").get("items");
        ObjectNode someoneElse = items.get(0).deepCopy();
        someoneElse.put("id", "urn:uuid:00000000-0000-4000-8000-0000000000b0");
        someoneElse.putObject("creator").put("type", "Person").put("name", "Bo");
        items.add(someoneElse);
        Path bad = forged(good, JSON.writeValueAsBytes(collection));
        try (Library teacher = PacketRoundTripTest.library(dir, "Ms Lee")) {
            long essay = teacher.packets().get(packetAtTeacher).readings().get(0).documentId();
            BundleImportReport r = teacher.packets().importBundle(bad);
            assertThat(r.annotations().imported()).isEqualTo(1);
            assertThat(r.keptYours()).isEqualTo(1);
            assertThat(teacher.layers().annotationsBy(essay, "Bo")).isEmpty();
            assertThat(teacher.layers().annotationsBy(essay, "Ana")).extracting(Annotation::note).containsExactly("Ana's");
        }
    }
}
