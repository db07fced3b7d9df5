package org.glossa.core.qda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.glossa.core.GlossaException;
import org.glossa.core.Library;
import org.glossa.core.Limits;
import org.glossa.core.importing.ImportException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Damaged and hostile projects: one line that says what is wrong, and the library as it was. */
class QdaBadInputTest {
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

    /** What the library holds, to compare before and after. */
    private List<Object> state() {
        return List.of(lib.documents(), lib.allAnnotations(), lib.tags().counts(), lib.memos().list(),
                lib.collections().list());
    }

    private void refused(Path file, String message) {
        List<Object> before = state();
        assertThatThrownBy(() -> lib.qda().importProject(file))
                .isInstanceOfAny(ImportException.class, GlossaException.class)
                .hasMessageContaining(message)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        assertThat(state()).isEqualTo(before);
    }

    private Path zip(String name, Map<String, ?> entries) throws Exception {
        return QdaFiles.zip(dir.resolve(name), entries);
    }

    @Test
    void emptyAndNonZipFilesAreRefused() throws Exception {
        refused(Files.write(dir.resolve("empty.qdpx"), new byte[0]), "is empty");
        refused(Files.writeString(dir.resolve("text.qdpx"), "just some words"), "is not a zip archive");
        refused(Files.writeString(dir.resolve("odd.qdc"), "<NotACodebook/>"), "neither a REFI-QDA project");
        refused(dir.resolve("missing.qdpx"), "No such file");
    }

    @Test
    void anArchiveWithoutAProjectFileIsRefused() throws Exception {
        refused(zip("noqde.qdpx", Map.of("sources/a.txt", "text")), "holds no project file (.qde)");
        refused(zip("other.qdpx", Map.of("p.qde", "<Something xmlns=\"x\"/>")), "has <Something> where <Project> belongs");
    }

    @Test
    void aTruncatedArchiveIsRefused() throws Exception {
        Path good = IntoProject.one(dir);
        byte[] bytes = Files.readAllBytes(good);
        Path cut = Files.write(dir.resolve("cut.qdpx"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
        refused(cut, "cut.qdpx");
    }

    @Test
    void externalEntitiesAndDoctypesAreRefused() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "top secret");
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE p [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>"
                + "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"&x;\"/>";
        refused(zip("xxe.qdpx", Map.of("project.qde", xxe)), "DOCTYPE");
    }

    @Test
    void pathsThatClimbOutOfTheArchiveAreRefused() throws Exception {
        Map<String, Object> entries = new LinkedHashMap<>();
        entries.put("project.qde", QdaFiles.project("p", ""));
        entries.put("../../evil.txt", "x");
        refused(zip("climb.qdpx", entries), "unsafe file name");
    }

    @Test
    void aSourcePathOutsideTheProjectFolderIsNotRead() throws Exception {
        Path outside = Files.createDirectories(dir.resolve("elsewhere")).resolve("private.txt");
        Files.writeString(outside, "private words");
        Path folder = Files.createDirectories(dir.resolve("project"));
        String body = "<Sources><TextSource guid=\"a0000000-0000-4000-8000-000000000001\" name=\"Up\""
                + " plainTextPath=\"relative:///../elsewhere/private.txt\"/>"
                + "<TextSource guid=\"a0000000-0000-4000-8000-000000000002\" name=\"Abs\" plainTextPath=\""
                + outside.toUri() + "\"/></Sources>";
        QdaImportReport r = lib.qda().importProject(QdaFiles.zip(folder.resolve("p.qdpx"),
                Map.of("project.qde", QdaFiles.project("p", body))));
        assertThat(r.documentsImported()).isZero();
        assertThat(r.notices()).filteredOn(n -> n.contains("is outside the project")).hasSize(2);
    }

    @Test
    void aFailureHalfwayLeavesNothingBehind() throws Exception {
        String tooLong = "x".repeat(Limits.MAX_NOTE_CHARS + 1);
        String body = "<CodeBook><Codes><Code guid=\"c0000000-0000-4000-8000-000000000001\" name=\"first\" isCodable=\"true\"/>"
                + "<Code guid=\"c0000000-0000-4000-8000-000000000002\" name=\"second\" isCodable=\"true\"><Description>"
                + tooLong + "</Description></Code></Codes></CodeBook>";
        refused(zip("half.qdpx", Map.of("project.qde", QdaFiles.project("p", body))), "A note can have at most");
    }

    @Test
    void selectionsOutsideTheirTextAreLeftOutAndTheRestIsKept() throws Exception {
        String body = "<Sources><TextSource guid=\"a0000000-0000-4000-8000-000000000001\" name=\"Short\">"
                + "<PlainTextContent>Twelve chars</PlainTextContent>"
                + "<PlainTextSelection guid=\"b0000000-0000-4000-8000-000000000001\" startPosition=\"0\" endPosition=\"6\"/>"
                + "<PlainTextSelection guid=\"b0000000-0000-4000-8000-000000000002\" startPosition=\"7\" endPosition=\"40\"/>"
                + "<PlainTextSelection guid=\"b0000000-0000-4000-8000-000000000003\" startPosition=\"9\" endPosition=\"3\"/>"
                + "<PlainTextSelection guid=\"b0000000-0000-4000-8000-000000000004\" startPosition=\"a\" endPosition=\"3\"/>"
                + "</TextSource></Sources>";
        QdaImportReport r = lib.qda().importProject(zip("ranges.qdpx", Map.of("project.qde", QdaFiles.project("p", body))));
        assertThat(r.selectionsImported()).isEqualTo(1);
        assertThat(r.selectionsSkipped()).isEqualTo(2);
        assertThat(r.notices()).anyMatch(n -> n.contains("whole-number positions"));
        assertThat(lib.annotation("b0000000-0000-4000-8000-000000000001").quote().exact()).isEqualTo("Twelve");
        assertThat(lib.annotation("b0000000-0000-4000-8000-000000000001").author()).isEqualTo(QdaImport.UNKNOWN_CODER);
    }

    /** A small valid project. */
    static final class IntoProject {
        static Path one(Path dir) throws Exception {
            return QdaImportTest.codedProject(dir, "good.qdpx", "project.qde");
        }
    }
}
