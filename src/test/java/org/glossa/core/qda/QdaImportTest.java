package org.glossa.core.qda;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.glossa.core.Library;
import org.glossa.core.store.TagRepository;
import org.glossa.model.Annotation;
import org.glossa.model.DocumentInfo;
import org.glossa.model.Memo;
import org.glossa.model.MemoTarget;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A coded project with the traps of real ones: CRLF text, astral characters, accents, Cyrillic, notes of every kind. */
class QdaImportTest {
    static final String ZOE = "11111111-1111-4111-8111-111111111111";
    static final String DIMA = "22222222-2222-4222-8222-222222222222";
    static final String S1 = "A1B2C3D4-0000-4000-8000-000000000001";
    static final String S2 = "a1b2c3d4-0000-4000-8000-000000000002";
    static final String S3 = "a1b2c3d4-0000-4000-8000-000000000003";
    /** Windows line ends, a character beyond the Basic Multilingual Plane, accents and Cyrillic. */
    static final String TEXT1 = "Interview with Zoë\r\nQ: How was the harvest? \uD83C\uDF3E\r\n"
            + "A: The économie of the village grew.\r\nМосква was far away.\r\n";
    static final String TEXT2 = "Inline text: prices rose \uD835\uDC9C lot.";
    static final String TEXT3 = "A file beside the project, read by its relative path.";

    @TempDir
    Path dir;
    Library lib;

    @BeforeEach
    void open() {
        lib = Library.open(dir.resolve("library.sqlite"));
    }

    @AfterEach
    void close() {
        lib.close();
    }

    /** The {@code startPosition}/{@code endPosition} of {@code words} in {@code raw}, in code points. */
    static String span(String raw, String words) {
        int at = raw.indexOf(words);
        int start = raw.codePointCount(0, at);
        return "startPosition=\"" + start + "\" endPosition=\"" + (start + words.codePointCount(0, words.length())) + "\"";
    }

    static String selection(String guid, String raw, String words, String user, String inside) {
        return "<PlainTextSelection guid=\"" + guid + "\" " + span(raw, words) + " creatingUser=\"" + user
                + "\" creationDateTime=\"2024-03-01T10:00:00Z\" modifiedDateTime=\"2024-03-02T11:30:00Z\">" + inside
                + "</PlainTextSelection>";
    }

    static String coding(String n, String code) {
        return "<Coding guid=\"cccccccc-0000-4000-8000-00000000000" + n + "\"><CodeRef targetGUID=\"" + code + "\"/></Coding>";
    }

    static final String CLAIM = "c0000000-0000-4000-8000-000000000001";
    static final String ECON = "c0000000-0000-4000-8000-000000000002";
    static final String SOCIAL = "c0000000-0000-4000-8000-000000000003";
    static final String EVIDENCE = "c0000000-0000-4000-8000-000000000004";

    /** The coded project, as a .qdpx in {@code dir} named {@code name}, its .qde named {@code qde}. */
    static Path codedProject(Path dir, String name, String qde) throws Exception {
        String body = "<Users><User guid=\"" + ZOE + "\" name=\"Zoë Ångström\"/><User guid=\"" + DIMA
                + "\" name=\"Дмитрий\"/></Users>"
                + "<CodeBook><Codes>"
                + "<Code guid=\"" + CLAIM + "\" name=\"Claim\" isCodable=\"true\" color=\"#FF0000\">"
                + "<NoteRef targetGUID=\"d0000000-0000-4000-8000-000000000003\"/>"
                + "<Code guid=\"" + ECON + "\" name=\"économique\" isCodable=\"true\" color=\"#0f0\"/>"
                + "<Code guid=\"" + SOCIAL + "\" name=\"social\" isCodable=\"true\" color=\"red\"/></Code>"
                + "<Code guid=\"" + EVIDENCE + "\" name=\"Evidence\" isCodable=\"false\"><Description>Facts, not views."
                + "</Description></Code></Codes></CodeBook>"
                + "<Variables><Variable guid=\"f0000000-0000-4000-8000-000000000001\" name=\"age\" typeOfVariable=\"Integer\"/>"
                + "</Variables>"
                + "<Cases><Case guid=\"e0000000-0000-4000-8000-000000000001\" name=\"Village A\">"
                + "<VariableValue><VariableRef targetGUID=\"f0000000-0000-4000-8000-000000000001\"/>"
                + "<IntegerValue>67</IntegerValue></VariableValue><SourceRef targetGUID=\"" + S1 + "\"/></Case></Cases>"
                + "<Sources>"
                + "<TextSource guid=\"" + S1 + "\" name=\"Interview Zoë\" plainTextPath=\"internal://" + S1 + ".txt\">"
                + selection("5e000000-0000-4000-8000-000000000001", TEXT1, "harvest? \uD83C\uDF3E", ZOE,
                        coding("1", CLAIM) + "<NoteRef targetGUID=\"d0000000-0000-4000-8000-000000000001\"/>")
                + selection("5e000000-0000-4000-8000-000000000002", TEXT1, "The économie of the village grew", ZOE,
                        "<Description>Growth, in her words.</Description>" + coding("2", ECON) + coding("3", EVIDENCE))
                + selection("5e000000-0000-4000-8000-000000000003", TEXT1, "Москва was far away", DIMA, coding("4", SOCIAL))
                + "<NoteRef targetGUID=\"d0000000-0000-4000-8000-000000000002\"/></TextSource>"
                + "<TextSource guid=\"" + S2 + "\" name=\"Prices\"><PlainTextContent>" + TEXT2 + "</PlainTextContent>"
                + selection("5e000000-0000-4000-8000-000000000004", TEXT2, "\uD835\uDC9C lot", DIMA, coding("5", CLAIM))
                + "</TextSource>"
                + "<TextSource guid=\"" + S3 + "\" name=\"Beside\" plainTextPath=\"relative:///beside.txt\"/>"
                + "<PictureSource guid=\"a1b2c3d4-0000-4000-8000-000000000004\" name=\"photo.jpg\" path=\"internal://p.jpg\">"
                + "<PictureSelection guid=\"5e000000-0000-4000-8000-000000000009\" firstX=\"1\" firstY=\"1\" secondX=\"2\""
                + " secondY=\"2\"/></PictureSource>"
                + "</Sources>"
                + "<Notes>"
                + note("1", "On the harvest", "She smiled here.")
                + note("2", "About the interview", "Recorded in **May**.")
                + note("3", "Claims", "Anything argued.")
                + note("4", "Research plan", "Ask about prices.")
                + "</Notes>"
                + "<Sets><Set guid=\"5e700000-0000-4000-8000-000000000001\" name=\"Interviews é\">"
                + "<MemberSource targetGUID=\"" + S1 + "\"/><MemberSource targetGUID=\"" + S2 + "\"/></Set>"
                + "<Set guid=\"5e700000-0000-4000-8000-000000000002\" name=\"Code set\">"
                + "<MemberCode targetGUID=\"" + CLAIM + "\"/></Set></Sets>";
        Files.writeString(dir.resolve("beside.txt"), TEXT3);
        Map<String, Object> entries = new LinkedHashMap<>();
        entries.put(qde, QdaFiles.project("Village study", body));
        entries.put("sources/" + S1 + ".txt", TEXT1);
        return QdaFiles.zip(dir.resolve(name), entries);
    }

    static String note(String n, String name, String text) {
        return "<Note guid=\"d0000000-0000-4000-8000-00000000000" + n + "\" name=\"" + name + "\" creatingUser=\"" + ZOE
                + "\"><PlainTextContent>" + text + "</PlainTextContent></Note>";
    }

    private DocumentInfo doc(String title) {
        return lib.documents().stream().filter(d -> d.title().equals(title)).findFirst().orElseThrow();
    }

    @Test
    void aCodedProjectBecomesDocumentsTagsAnnotationsMemosAndCollections() throws Exception {
        Path file = codedProject(dir, "Village study.qdpx", "Village study.qde");
        QdaImportReport r = lib.qda().importProject(file);

        assertThat(r.documentsImported()).isEqualTo(3);
        assertThat(r.sourcesSkipped()).isEqualTo(1);
        assertThat(r.codes()).isEqualTo(4);
        assertThat(r.selectionsImported()).isEqualTo(4);
        assertThat(r.selectionsSkipped()).isEqualTo(1);
        assertThat(r.authors()).containsExactly("Zoë Ångström", "Дмитрий");
        assertThat(r.notices()).anyMatch(n -> n.contains("\"social\" (red)"));

        DocumentInfo interview = doc("Interview Zoë");
        String text = lib.load(interview.id()).text();
        assertThat(text).doesNotContain("\r").contains("Москва was far away.");
        assertThat(lib.load(doc("Beside").id()).text()).isEqualTo(TEXT3);

        Map<String, Annotation> byId = new LinkedHashMap<>();
        lib.allAnnotations().forEach(a -> byId.put(a.id(), a));
        Annotation harvest = byId.get("5e000000-0000-4000-8000-000000000001");
        assertThat(harvest.quote().exact()).isEqualTo("harvest? \uD83C\uDF3E");
        assertThat(text.substring(harvest.start(), harvest.end())).isEqualTo("harvest? \uD83C\uDF3E");
        assertThat(harvest.note()).isEqualTo("She smiled here.");
        assertThat(harvest.tags()).containsExactly("Claim");
        assertThat(harvest.author()).isEqualTo("Zoë Ångström");
        assertThat(harvest.created()).isEqualTo(java.time.OffsetDateTime.parse("2024-03-01T10:00:00Z"));

        Annotation growth = byId.get("5e000000-0000-4000-8000-000000000002");
        assertThat(growth.quote().exact()).isEqualTo("The économie of the village grew");
        assertThat(growth.tags()).containsExactly("Claim/économique", "Evidence");
        assertThat(growth.note()).isEqualTo("Growth, in her words.");

        Annotation moscow = byId.get("5e000000-0000-4000-8000-000000000003");
        assertThat(moscow.quote().exact()).isEqualTo("Москва was far away");
        assertThat(moscow.author()).isEqualTo("Дмитрий");
        assertThat(lib.layers().authors(interview.id())).extracting(l -> l.author())
                .contains("Zoë Ångström", "Дмитрий");

        Annotation lot = byId.get("5e000000-0000-4000-8000-000000000004");
        assertThat(lot.quote().exact()).isEqualTo("\uD835\uDC9C lot");

        assertThat(lib.tags().counts()).extracting(TagRepository.TagCount::name, TagRepository.TagCount::color)
                .contains(org.assertj.core.groups.Tuple.tuple("Claim", "red"),
                        org.assertj.core.groups.Tuple.tuple("Claim/économique", "green"),
                        org.assertj.core.groups.Tuple.tuple("Claim/social", null));

        List<Memo> memos = lib.memos().list();
        assertThat(memos).extracting(Memo::title).containsExactlyInAnyOrder("Research plan", "About the interview",
                "Claims", "Description");
        assertThat(lib.memos().of(MemoTarget.document(interview.id()))).extracting(Memo::body)
                .containsExactly("Recorded in **May**.");
        assertThat(lib.memos().of(MemoTarget.tag("Claim"))).extracting(Memo::body).containsExactly("Anything argued.");
        assertThat(lib.memos().of(MemoTarget.tag("Evidence"))).extracting(Memo::body).containsExactly("Facts, not views.");
        assertThat(lib.memos().of(MemoTarget.project())).extracting(Memo::author).containsExactly("Zoë Ångström");

        assertThat(lib.collections().named("Interviews é").documentCount()).isEqualTo(2);
        assertThat(lib.collections().list()).hasSize(1);
        assertThat(lib.metadata(interview.id())).containsEntry("case", "Village A").containsEntry("age", "67");
    }

    @Test
    void theProjectFileIsFoundByItsExtensionWhateverItsName() throws Exception {
        Path file = codedProject(dir, "named.qdpx", "Village study ATLAS export.qde");
        assertThat(lib.qda().importProject(file).selectionsImported()).isEqualTo(4);
    }

    @Test
    void importingTheSameProjectTwiceAddsNothing() throws Exception {
        Path file = codedProject(dir, "twice.qdpx", "project.qde");
        lib.qda().importProject(file);
        int documents = lib.documents().size();
        int annotations = lib.allAnnotations().size();
        QdaImportReport again = lib.qda().importProject(file);
        assertThat(again.documentsImported()).isZero();
        assertThat(again.documentsMatched()).isEqualTo(3);
        assertThat(again.selectionsImported()).isZero();
        assertThat(lib.documents()).hasSize(documents);
        assertThat(lib.allAnnotations()).hasSize(annotations);
        assertThat(lib.memos().list()).hasSize(4);
    }

    @Test
    void aProjectFromAnotherToolExportsAgainWithItsGuidsColoursAndCodability() throws Exception {
        lib.qda().importProject(codedProject(dir, "in.qdpx", "project.qde"));
        Path out = dir.resolve("out.qdpx");
        lib.qda().exportProject(out, null);
        byte[] qde = QdaFiles.unzip(out).get("project.qde");
        QdaFiles.validate(qde, "Project.xsd");
        String xml = new String(qde, java.nio.charset.StandardCharsets.UTF_8);
        assertThat(xml).contains("guid=\"" + CLAIM + "\" name=\"Claim\" isCodable=\"true\" color=\"#FF0000\"")
                .contains("guid=\"" + ECON + "\" name=\"économique\" isCodable=\"true\" color=\"#00FF00\"")
                .contains("guid=\"" + EVIDENCE + "\" name=\"Evidence\" isCodable=\"false\"><Description>Facts, not views.</Description>")
                .contains("guid=\"" + S1.toLowerCase(java.util.Locale.ROOT) + "\" name=\"Interview Zoë\"")
                .contains("guid=\"5e000000-0000-4000-8000-000000000003\"")
                .contains("name=\"Дмитрий\"");
    }
}
