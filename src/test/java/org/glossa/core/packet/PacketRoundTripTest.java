package org.glossa.core.packet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.glossa.core.Library;
import org.glossa.core.importing.Importers;
import org.glossa.model.Annotation;
import org.glossa.model.DocumentContent;
import org.glossa.model.ImportedDocument;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A class as it happens: a teacher hands out a packet, two students annotate, the teacher collects. */
class PacketRoundTripTest {
    static final String ESSAY = "The river city grew along the water. Trade came by boat and the bridges followed.\n"
            + "Floods shaped the streets of Москва and of old Athens (Ἀθῆναι) alike.\n";
    static final String POEM = "No one steps in the same river twice, said Heraclitus.\n";

    @TempDir
    Path dir;

    static Library library(Path dir, String who) {
        return Library.open(dir.resolve(who + ".sqlite"), Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"),
                ZoneOffset.UTC), new Importers(), who);
    }

    static ImportedDocument text(String title, String text) {
        return new ImportedDocument(title, "Anon", null, "text", "en", null,
                new DocumentContent(text, List.of(), List.of()), java.util.Map.of());
    }

    /** The teacher's library with a two-reading packet, questions and one guiding note; returns the packet id. */
    static long teachersPacket(Library teacher) {
        long essay = teacher.importDocument(text("River Cities", ESSAY)).id();
        long poem = teacher.importDocument(text("Heraclitus", POEM)).id();
        long p = teacher.packets().create("Week 3: Rivers", "Read both texts. Mark what surprises you.").id();
        teacher.packets().addDocument(p, essay);
        teacher.packets().addDocument(p, poem);
        teacher.packets().addQuestion(p, essay, "Why did bridges follow trade?", "Boats brought goods across the river.");
        teacher.packets().addQuestion(p, poem, "What does 'twice' mean here?", "The river has changed.");
        teacher.annotateQuote(essay, "Floods shaped the streets", 1, "purple", "Key claim: look for evidence.",
                List.of("guide"));
        return p;
    }

    @Test
    void teacherToTwoStudentsAndBack() throws Exception {
        Path packetBundle = dir.resolve("week3.glossa");
        long essayAtTeacher;
        long packetId;
        try (Library teacher = library(dir, "Ms Lee")) {
            packetId = teachersPacket(teacher);
            essayAtTeacher = teacher.packets().get(packetId).readings().get(0).documentId();
            teacher.packets().exportBundle(packetId, packetBundle);
        }
        for (String student : List.of("Ana", "Bo")) {
            try (Library lib = library(dir, student)) {
                Annotation own = lib.annotateQuote(lib.documents().get(0).id(), "Russia", 1, null, "my own", List.of());
                BundleImportReport r = lib.packets().importBundle(packetBundle);
                assertThat(r.documentsImported()).isEqualTo(2);
                assertThat(r.annotations().imported()).isEqualTo(1);
                Packet p = lib.packets().get(r.packetId());
                assertThat(p.title()).isEqualTo("Week 3: Rivers");
                assertThat(p.author()).isEqualTo("Ms Lee");
                assertThat(p.readings().get(0).questions()).extracting(Packet.Question::text)
                        .containsExactly("Why did bridges follow trade?");
                assertThat(p.readings().get(0).questions().get(0).answer()).as("answers stay with the teacher").isEmpty();
                long essay = p.readings().get(0).documentId();
                assertThat(lib.layers().authors(essay)).extracting(AuthorLayer::author).containsExactly("Ms Lee");
                lib.annotateQuote(essay, "Floods shaped the streets of Москва", 1, "yellow", student + " thinks so",
                        List.of());
                if (student.equals("Bo")) {
                    lib.annotateQuote(essay, "bridges followed", 1, "green", "", List.of());
                }
                // opening the packet again changes nothing and leaves the student's own work alone
                BundleImportReport again = lib.packets().importBundle(packetBundle);
                assertThat(again.documentsImported()).isZero();
                assertThat(lib.annotation(own.id()).note()).isEqualTo("my own");
                lib.packets().exportMyWork(p.id(), dir.resolve(student + "-work.glossa"));
            }
        }
        try (Library teacher = library(dir, "Ms Lee")) {
            for (String student : List.of("Ana", "Bo")) {
                BundleImportReport r = teacher.packets().importBundle(dir.resolve(student + "-work.glossa"));
                assertThat(r.packetId()).isEqualTo(packetId);
                assertThat(r.documentsImported()).isZero();
                assertThat(r.author()).isEqualTo(student);
            }
            assertThat(teacher.packets().list()).hasSize(1);
            assertThat(teacher.layers().authors(essayAtTeacher)).containsExactly(
                    new AuthorLayer("Ana", 1), new AuthorLayer("Bo", 2), new AuthorLayer("Ms Lee", 1));
            assertThat(teacher.layers().annotationsBy(essayAtTeacher, "Ana")).extracting(Annotation::note)
                    .containsExactly("Ana thinks so");
            List<PassageRanking.MarkedPassage> top = teacher.layers().mostMarkedPassages(essayAtTeacher, 2);
            assertThat(top).hasSize(1);
            assertThat(top.get(0).text()).isEqualTo("Floods shaped the streets of Москва");
            assertThat(top.get(0).authors()).containsExactly("Ana", "Bo");
        }
    }

    @Test
    void studentEditionHasQuestionsButNoTeacherNotesAndTheTeachersHasBoth() throws Exception {
        try (Library teacher = library(dir, "Ms Lee")) {
            long p = teachersPacket(teacher);
            var student = Jsoup.parse(teacher.packets().html(p, PacketHtml.Edition.STUDENT));
            assertThat(student.select(".question").eachText()).containsExactly("Why did bridges follow trade?",
                    "What does 'twice' mean here?");
            assertThat(student.text()).contains("Read both texts.", "Москва", "Ἀθῆναι")
                    .doesNotContain("Key claim", "Boats brought goods");
            assertThat(student.select(".hl")).isEmpty();
            var teachers = Jsoup.parse(teacher.packets().html(p, PacketHtml.Edition.TEACHER));
            assertThat(teachers.select(".answer").eachText()).contains("Boats brought goods across the river.");
            assertThat(teachers.select(".notes").text()).contains("Key claim: look for evidence.");
            assertThat(teachers.select("span.hl-purple").text()).isEqualTo("Floods shaped the streets");
        }
    }

    @Test
    void teachersPdfCarriesQuestionsAnswersAndGuidingNotesInEveryScript() throws Exception {
        try (Library teacher = library(dir, "Ms Lee")) {
            long p = teachersPacket(teacher);
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            teacher.packets().exportPdf(p, PacketHtml.Edition.TEACHER, out);
            try (var pdf = org.apache.pdfbox.Loader.loadPDF(out.toByteArray())) {
                String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
                assertThat(text).contains("Week 3: Rivers", "Why did bridges follow trade?",
                        "Boats brought goods across the river.", "Key claim: look for evidence.", "Москва", "Ἀθῆναι",
                        "Heraclitus");
            }
        }
    }

    @Test
    void aTeacherReordersReadingsEditsQuestionsAndPrintsOneStudentsLayer() throws Exception {
        try (Library teacher = library(dir, "Ms Lee")) {
            long p = teachersPacket(teacher);
            Packet before = teacher.packets().get(p);
            long essay = before.documentIds().get(0);
            long poem = before.documentIds().get(1);
            assertThat(teacher.packets().moveDocument(p, poem, 0).documentIds()).containsExactly(poem, essay);
            long q = before.readings().get(0).questions().get(0).id();
            Packet edited = teacher.packets().updateQuestion(p, q, "Why bridges?", "Trade.");
            assertThat(edited.readings().get(1).questions()).containsExactly(new Packet.Question(q, "Why bridges?",
                    "Trade."));
            teacher.restoreAnnotation(new Annotation("11111111-0000-4000-8000-000000000001", essay, 0, 9,
                    org.glossa.model.TextQuote.of(ESSAY, 0, 9), "green", "Ana's note", List.of(), "Ana",
                    java.time.OffsetDateTime.parse("2026-03-02T10:00:00Z"),
                    java.time.OffsetDateTime.parse("2026-03-02T10:00:00Z"), org.glossa.model.AnchorStatus.ANCHORED));
            var onlyAna = Jsoup.parse(teacher.exports().html(essay, java.util.Set.of("Ana")));
            assertThat(onlyAna.select(".notes").text()).contains("Ana's note").doesNotContain("Key claim");
            assertThat(Jsoup.parse(teacher.exports().html(essay, java.util.Set.of())).select(".notes").text())
                    .contains("Ana's note", "Key claim");
        }
    }
}
