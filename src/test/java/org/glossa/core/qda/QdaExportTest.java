package org.glossa.core.qda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.glossa.core.search.TestDocuments.add;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.glossa.core.GlossaException;
import org.glossa.core.Library;
import org.glossa.core.importing.Importers;
import org.glossa.model.DocumentInfo;
import org.glossa.model.MemoTarget;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exports validate against the official schemas, and export, import into an empty library, export loses nothing. */
class QdaExportTest {
    @TempDir
    Path dir;
    Library lib;

    @BeforeEach
    void open() {
        lib = Library.open(dir.resolve("library.sqlite"), Clock.systemUTC(), new Importers(), "ana");
    }

    @AfterEach
    void close() {
        lib.close();
    }

    /** A library with hierarchical coloured tags, two coders, notes, memos of each kind and a collection. */
    private void fill() {
        long a = add(lib, "Interview Zoë", "Z", "Prices rose \uD83C\uDF3E a lot in Москва.", "Wages did not <follow> & stalled.");
        long b = add(lib, "Report", "R", "Growth was strong; unemployment fell.");
        String text = lib.load(a).text();
        int at = text.indexOf("rose");
        lib.annotate(a, at, at + "rose \uD83C\uDF3E a lot".length(), "green", "Sharp *rise*", List.of("claim/economic", "evidence"));
        int w = text.indexOf("Wages");
        lib.annotate(a, w, w + 5, "red", "", List.of("claim/social"));
        lib.annotate(b, 0, 6, "yellow", "", List.of("evidence"));
        lib.tags().setColor("evidence", "blue");
        lib.tags().setColor("claim/economic", "purple");
        lib.memos().add(MemoTarget.project(), "Plan", "Compare the sources.");
        lib.memos().add(MemoTarget.document(a), "Context", "Recorded in May.");
        lib.memos().add(MemoTarget.tag("claim"), "", "What someone argues.");
        lib.collections().add(lib.collections().create("Interviews").id(), List.of(a));
        // a second coder's annotation, as a merged layer has it
        var bea = lib.annotate(b, 7, 10, "yellow", "Bea's reading", List.of("claim"));
        lib.save(new org.glossa.model.Annotation(bea.id(), bea.documentId(), bea.start(), bea.end(), bea.quote(),
                bea.color(), bea.note(), bea.tags(), "bea", bea.created(), bea.modified(), bea.status()));
    }

    @Test
    void aProjectExportValidatesAgainstProjectXsd() throws Exception {
        fill();
        Path out = dir.resolve("library.qdpx");
        lib.qda().exportProject(out, null);
        Map<String, byte[]> entries = QdaFiles.unzip(out);
        QdaFiles.validate(entries.get("project.qde"), "Project.xsd");
        String xml = new String(entries.get("project.qde"), StandardCharsets.UTF_8);
        assertThat(xml).contains("name=\"Interview Zoë\"").contains("<Sets>").contains("name=\"economic\"")
                .contains("creatingUser=\"" + QdaIds.user("bea") + "\"");
        long sources = lib.documents().size();
        assertThat(entries.keySet().stream().filter(n -> n.startsWith("sources/")).count()).isEqualTo(sources);
    }

    @Test
    void aLibraryWithoutCollectionsWritesNoEmptySets() throws Exception {
        add(lib, "Lonely", "L", "Nothing is grouped here.");
        Path out = dir.resolve("plain.qdpx");
        lib.qda().exportProject(out, null);
        byte[] qde = QdaFiles.unzip(out).get("project.qde");
        QdaFiles.validate(qde, "Project.xsd");
        assertThat(new String(qde, StandardCharsets.UTF_8)).doesNotContain("<Sets").doesNotContain("<CodeBook");
    }

    @Test
    void aCodebookExportValidatesAgainstCodebookXsd() throws Exception {
        fill();
        Path out = dir.resolve("codes.qdc");
        lib.qda().exportCodebook(out);
        byte[] xml = java.nio.file.Files.readAllBytes(out);
        QdaFiles.validate(xml, "Codebook.xsd");
        String s = new String(xml, StandardCharsets.UTF_8);
        assertThat(s).contains("name=\"claim\"").contains("name=\"economic\"").contains("color=\"#C9A6FF\"");
    }

    @Test
    void aCodebookImportsIntoAnotherLibraryAsTheSameTagTree() throws Exception {
        fill();
        Path out = dir.resolve("codes.qdc");
        lib.qda().exportCodebook(out);
        try (Library other = Library.open(dir.resolve("other.sqlite"))) {
            QdaImportReport r = other.qda().importProject(out);
            assertThat(r.codes()).isEqualTo(lib.tags().counts().size());
            assertThat(other.tags().counts()).extracting(t -> t.name() + "=" + t.color())
                    .containsExactlyElementsOf(lib.tags().counts().stream().map(t -> t.name() + "=" + t.color()).toList());
            assertThat(other.documents()).hasSize(1); // only its own sample article
        }
    }

    @Test
    void aCodebookOfALibraryWithoutTagsIsRefused() {
        assertThatThrownBy(() -> lib.qda().exportCodebook(dir.resolve("none.qdc")))
                .isInstanceOf(GlossaException.class).hasMessageContaining("no tags");
    }

    @Test
    void exportImportIntoAnEmptyLibraryExportIsLossless() throws Exception {
        fill();
        Path first = dir.resolve("first.qdpx");
        lib.qda().exportProject(first, null);
        Path second = dir.resolve("second.qdpx");
        try (Library empty = Library.open(dir.resolve("empty.sqlite"), Clock.systemUTC(), new Importers(), "carl")) {
            for (DocumentInfo d : empty.documents()) {
                empty.deleteDocument(d.id()); // the sample article a new library starts with
            }
            QdaImportReport r = empty.qda().importProject(first);
            assertThat(r.selectionsImported()).isEqualTo(4);
            empty.qda().exportProject(second, null);
        }
        Map<String, byte[]> a = QdaFiles.unzip(first);
        Map<String, byte[]> b = QdaFiles.unzip(second);
        assertThat(b.keySet()).isEqualTo(a.keySet());
        for (String name : a.keySet()) {
            assertThat(new String(b.get(name), StandardCharsets.UTF_8)).as(name)
                    .isEqualTo(new String(a.get(name), StandardCharsets.UTF_8));
        }
    }

    @Test
    void aCollectionExportsOnlyItsDocuments() throws Exception {
        fill();
        Path out = dir.resolve("interviews.qdpx");
        lib.qda().exportProject(out, "interviews");
        Map<String, byte[]> entries = QdaFiles.unzip(out);
        QdaFiles.validate(entries.get("project.qde"), "Project.xsd");
        String xml = new String(entries.get("project.qde"), StandardCharsets.UTF_8);
        assertThat(xml).contains("name=\"Interview Zoë\"").doesNotContain("name=\"Report\"")
                .contains("<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"Interviews\"");
        assertThatThrownBy(() -> lib.qda().exportProject(dir.resolve("x.qdpx"), "nope"))
                .isInstanceOf(GlossaException.class).hasMessageContaining("no collection named 'nope'");
    }

    @Test
    void selectionPositionsCountCodePointsOfTheExportedText() throws Exception {
        fill();
        Path out = dir.resolve("positions.qdpx");
        lib.qda().exportProject(out, null);
        Map<String, byte[]> entries = QdaFiles.unzip(out);
        var project = QdpxReader.read(out).project();
        for (QdaProject.Source s : project.sources()) {
            String text = new String(entries.get("sources/" + s.guid() + ".txt"), StandardCharsets.UTF_8);
            for (QdaProject.Selection sel : s.selections()) {
                String quote = text.substring(text.offsetByCodePoints(0, sel.start()), text.offsetByCodePoints(0, sel.end()));
                assertThat(lib.annotation(sel.guid()).quote().exact()).isEqualTo(quote);
            }
        }
        assertThat(project.sources().stream().mapToInt(s -> s.selections().size()).sum()).isEqualTo(4);
    }
}
