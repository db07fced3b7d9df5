package org.glossa.core.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.glossa.core.GlossaException;
import org.glossa.core.packet.AuthorLayer;
import org.glossa.core.packet.Packet;
import org.glossa.core.packet.PacketAnswers;
import org.glossa.core.packet.PassageRanking;
import org.glossa.model.Annotation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A class through a real WebDAV server (Apache httpd with mod_dav): the teacher publishes a
 * packet, two students open the class, annotate and answer, and the teacher sees both layers,
 * the most-marked passages and the answers; nobody's file changes anybody else's work.
 */
class ClassFlowTest {
    private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");
    private static final Sync.Passwords SECRET = r -> Optional.of(ApacheDav.PASSWORD);
    private static final String PRIVATE = "# Private diary\n\nNothing in here is for the class.\n";

    @RegisterExtension
    static final ApacheDav dav = ApacheDav.server();
    @TempDir
    Path dir;

    /** The teacher's library: two readings with a guiding note, a private document, a packet with questions. */
    private static long teacherPacket(Device teacher) throws Exception {
        long first = teacher.library.importBytes(("# Rivers\n\nBridges followed trade along the river, and towns grew"
                + " where the bridges stood.\n").getBytes(StandardCharsets.UTF_8), "rivers.md").id();
        long second = teacher.importSecond();
        teacher.library.importBytes(PRIVATE.getBytes(StandardCharsets.UTF_8), "diary.md");
        teacher.highlight(first, "Bridges followed trade", "Guiding note: why trade first?");
        Packet p = teacher.library.packets().create("Week 3: Rivers", "Read both texts.");
        teacher.library.packets().setReadings(p.id(), List.of(first, second));
        teacher.library.packets().setQuestions(p.id(), first, List.of(
                new Packet.Question(0, "Why did bridges follow trade?", "Boats carried the goods."),
                new Packet.Question(0, "Where did towns grow?", "")));
        return p.id();
    }

    @Test
    void aTeacherPublishesTwoStudentsAnswerAndTheTeacherSeesBothLayersAndTheMostMarkedPassages() throws Exception {
        URI url = dav.collection("week3");
        try (Device teacher = new Device(dir.resolve("teacher.sqlite"), "Ms Lee", T0);
             Device ana = new Device(dir.resolve("ana.sqlite"), "Ana", T0);
             Device bo = new Device(dir.resolve("bo.sqlite"), "Bo", T0)) {
            long packetId = teacherPacket(teacher);
            SyncRemote classRemote = teacher.library.sync().add("week3", url.toString(), "anna", null);
            SyncReport published = teacher.library.sync().publish(packetId, classRemote, SECRET);
            assertThat(published.documentsPushed()).as("the two readings, not the private diary").isEqualTo(2);
            assertThat(Files.list(dav.folder("week3").resolve("packets"))).hasSize(1);
            assertThat(Files.readString(Files.list(dav.folder("week3").resolve("packets")).findFirst().orElseThrow()))
                    .contains("Why did bridges follow trade?").doesNotContain("Boats carried the goods.");

            for (Device student : List.of(ana, bo)) {
                SyncReport opened = student.library.sync().openClass("week3", url.toString(), "ben", null, SECRET);
                assertThat(opened.documentsPulled()).isEqualTo(2);
                assertThat(student.library.documents()).extracting(d -> d.title())
                        .contains("Rivers", "Second reading").doesNotContain("Private diary");
                Packet got = student.library.packets().list().get(0);
                assertThat(got.title()).isEqualTo("Week 3: Rivers");
                assertThat(got.author()).isEqualTo("Ms Lee");
                assertThat(got.readings()).extracting(Packet.Reading::title).containsExactly("Rivers", "Second reading");
                assertThat(got.readings().get(0).questions()).extracting(Packet.Question::text)
                        .containsExactly("Why did bridges follow trade?", "Where did towns grow?");
                assertThat(got.readings().get(0).questions()).allSatisfy(q -> assertThat(q.answer()).isEmpty());
                long rivers = student.documentTitled("Rivers");
                assertThat(student.library.annotations(rivers)).singleElement()
                        .satisfies(a -> assertThat(a.author()).isEqualTo("Ms Lee"));
                // the teacher's packet is the teacher's
                assertThatThrownBy(() -> student.library.packets().update(got.id(), "Mine now", ""))
                        .isInstanceOf(GlossaException.class).hasMessageContaining("only Ms Lee can change it");
                assertThatThrownBy(() -> student.library.sync().publish(got.id(),
                        student.library.sync().remote("week3"), SECRET)).isInstanceOf(GlossaException.class);
            }

            long anaRivers = ana.documentTitled("Rivers");
            long boRivers = bo.documentTitled("Rivers");
            Packet anaPacket = ana.library.packets().list().get(0);
            Packet boPacket = bo.library.packets().list().get(0);
            ana.highlight(anaRivers, "towns grew", "Because of markets.");
            ana.library.packets().answer(anaPacket.id(), anaRivers, 1, "Trade came first, then bridges.");
            bo.highlight(boRivers, "towns grew", null);
            bo.highlight(boRivers, "along the river", null);
            bo.library.packets().answer(boPacket.id(), boRivers, 2, "Where the bridges stood.");
            assertThat(ana.sync(ana.library.sync().remote("week3"), new WebDavStore(url, "ben", ApacheDav.PASSWORD))
                    .pushed()).isEqualTo(1);
            bo.sync(bo.library.sync().remote("week3"), new WebDavStore(url, "ben", ApacheDav.PASSWORD));

            SyncReport collected = teacher.sync(teacher.library.sync().remote("week3"),
                    new WebDavStore(url, "anna", ApacheDav.PASSWORD));
            assertThat(collected.refused()).isZero();
            long rivers = teacher.documentTitled("Rivers");
            assertThat(teacher.library.layers().authors(rivers)).containsExactly(
                    new AuthorLayer("Ana", 1), new AuthorLayer("Bo", 2), new AuthorLayer("Ms Lee", 1));
            List<PassageRanking.MarkedPassage> marked = teacher.library.layers().mostMarkedPassages(rivers, 2);
            assertThat(marked).singleElement().satisfies(m -> {
                assertThat(m.text()).isEqualTo("towns grew");
                assertThat(m.authors()).containsExactly("Ana", "Bo");
            });
            assertThat(teacher.library.packets().answers(packetId)).extracting(PacketAnswers.Answer::author,
                    PacketAnswers.Answer::question, PacketAnswers.Answer::text, PacketAnswers.Answer::answer)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("Ana", 1, "Why did bridges follow trade?",
                                    "Trade came first, then bridges."),
                            org.assertj.core.groups.Tuple.tuple("Bo", 2, "Where did towns grow?", "Where the bridges stood."));

            // the teacher edits a question: the students' packets follow at their next sync
            teacher.library.packets().setQuestions(packetId, rivers, List.of(
                    new Packet.Question(0, "Why did bridges follow trade, in your words?", "")));
            teacher.sync(teacher.library.sync().remote("week3"), new WebDavStore(url, "anna", ApacheDav.PASSWORD));
            ana.sync(ana.library.sync().remote("week3"), new WebDavStore(url, "ben", ApacheDav.PASSWORD));
            assertThat(ana.library.packets().list().get(0).readings().get(0).questions()).extracting(Packet.Question::text)
                    .containsExactly("Why did bridges follow trade, in your words?");
            // an answer changed later travels again, and the teacher's copy follows
            ana.library.packets().answer(anaPacket.id(), anaRivers, 1, "Trade first.");
            ana.sync(ana.library.sync().remote("week3"), new WebDavStore(url, "ben", ApacheDav.PASSWORD));
            teacher.sync(teacher.library.sync().remote("week3"), new WebDavStore(url, "anna", ApacheDav.PASSWORD));
            assertThat(teacher.library.packets().answers(packetId)).filteredOn(a -> a.author().equals("Ana"))
                    .singleElement().satisfies(a -> assertThat(a.answer()).isEqualTo("Trade first."));
        }
    }

    @Test
    void aStudentsFileThatChangesTheTeachersNoteOrPacketOrAnotherStudentsWorkIsRefused() throws Exception {
        URI url = dav.collection("foreign");
        try (Device teacher = new Device(dir.resolve("teacher.sqlite"), "Ms Lee", T0);
             Device ana = new Device(dir.resolve("ana.sqlite"), "Ana", T0);
             Device bo = new Device(dir.resolve("bo.sqlite"), "Bo", T0)) {
            long packetId = teacherPacket(teacher);
            teacher.library.sync().publish(packetId, teacher.library.sync().add("c", url.toString(), "anna", null), SECRET);
            ana.library.sync().openClass("c", url.toString(), "ben", null, SECRET);
            bo.library.sync().openClass("c", url.toString(), "ben", null, SECRET);
            long anaRivers = ana.documentTitled("Rivers");
            Annotation anas = ana.highlight(anaRivers, "towns grew", "Ana's own note.");
            ana.sync(ana.library.sync().remote("c"), new WebDavStore(url, "ben", ApacheDav.PASSWORD));
            bo.sync(bo.library.sync().remote("c"), new WebDavStore(url, "ben", ApacheDav.PASSWORD));
            Annotation guiding = teacher.library.annotations(teacher.documentTitled("Rivers")).get(0);

            // Bo's Glossa never pushes what is not Bo's: editing the others' items here stays here
            long boRivers = bo.documentTitled("Rivers");
            bo.note(guiding.id(), "Bo rewrote the teacher's note.");
            bo.note(anas.id(), "Bo rewrote Ana's note.");
            bo.sync(bo.library.sync().remote("c"), new WebDavStore(url, "ben", ApacheDav.PASSWORD));

            // and a file written by hand into Bo's layer that carries them, and a packet file changed by Bo,
            // are refused by everyone else's Glossa
            WebDavStore byHand = new WebDavStore(url, "ben", ApacheDav.PASSWORD);
            String hash = bo.library.document(boRivers).contentHash();
            byte[] forged = Syncer.layerFile(bo.library, bo.library.document(boRivers), "Bo",
                    bo.library.annotations(boRivers), List.of());
            String layerPath = Syncer.ANNOTATIONS + hash + "/" + AuthorNames.fileName("Bo");
            RemoteEntry layerNow = byHand.list(Syncer.ANNOTATIONS + hash + "/").orElseThrow().stream()
                    .filter(e -> e.path().equals(layerPath)).findFirst().orElse(null);
            byHand.put(layerPath, forged, layerNow);
            String packetPath = byHand.list(Syncer.PACKETS).orElseThrow().stream().filter(e -> !e.folder())
                    .findFirst().orElseThrow().path();
            String packetJson = new String(byHand.get(packetPath).orElseThrow(), StandardCharsets.UTF_8);
            RemoteEntry packetNow = byHand.list(Syncer.PACKETS).orElseThrow().stream()
                    .filter(e -> e.path().equals(packetPath)).findFirst().orElseThrow();
            byHand.put(packetPath, packetJson.replace("Week 3: Rivers", "Bo's week").replace("\"Ms Lee\"", "\"Bo\"")
                    .getBytes(StandardCharsets.UTF_8), packetNow);

            SyncReport atTeacher = teacher.sync(teacher.library.sync().remote("c"),
                    new WebDavStore(url, "anna", ApacheDav.PASSWORD));
            SyncReport atAna = ana.sync(ana.library.sync().remote("c"), new WebDavStore(url, "ben", ApacheDav.PASSWORD));
            assertThat(atTeacher.refused()).isGreaterThanOrEqualTo(2);
            assertThat(atAna.refused()).isGreaterThanOrEqualTo(2);
            assertThat(atAna.problems()).anyMatch(p -> p.contains("may not change"));
            assertThat(teacher.library.annotation(guiding.id()).note()).isEqualTo("Guiding note: why trade first?");
            assertThat(teacher.library.annotation(anas.id()).note()).isEqualTo("Ana's own note.");
            assertThat(ana.library.annotation(guiding.id()).note()).isEqualTo("Guiding note: why trade first?");
            assertThat(ana.library.annotation(anas.id()).note()).isEqualTo("Ana's own note.");
            assertThat(ana.library.packets().list()).singleElement().satisfies(p -> {
                assertThat(p.title()).isEqualTo("Week 3: Rivers");
                assertThat(p.author()).isEqualTo("Ms Lee");
            });
        }
    }
}
