package org.glossa.core.qda;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.glossa.core.Library;
import org.glossa.core.store.TagRepository;
import org.glossa.model.Annotation;
import org.glossa.model.DocumentInfo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The corpus's real exports: NVivo for Mac 15, and ATLAS.ti's standard test project. */
class QdaCorpusTest {
    @TempDir
    Path dir;
    Library lib;

    @BeforeEach
    void open() {
        lib = Library.open(dir.resolve("library.sqlite"));
        for (DocumentInfo d : lib.documents()) {
            lib.deleteDocument(d.id());
        }
    }

    @AfterEach
    void close() {
        lib.close();
    }

    private static org.w3c.dom.Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    /** The distinct '/' paths of a code tree, in lower case, counted straight from the XML. */
    private static void paths(Element parent, String prefix, java.util.Set<String> out) {
        for (org.w3c.dom.Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getLocalName().equals("Code")) {
                String path = prefix + e.getAttribute("name");
                out.add(path.toLowerCase(java.util.Locale.ROOT));
                paths(e, path + "/", out);
            } else if (n instanceof Element e && e.getLocalName().equals("Codes")) {
                paths(e, prefix, out);
            }
        }
    }

    @Test
    void theNvivoExportBringsItsWholeCodeTreeAndReportsItsEmptySources() throws Exception {
        Path file = QdaFiles.corpus().resolve("nvivo_project.qdpx");
        org.w3c.dom.Document xml = parse(QdaFiles.unzip(file).get("project.qde"));
        int codeElements = xml.getElementsByTagNameNS(QdpxReader.PROJECT_NS, "Code").getLength();
        java.util.Set<String> expected = new java.util.HashSet<>();
        paths((Element) xml.getElementsByTagNameNS(QdpxReader.PROJECT_NS, "CodeBook").item(0), "", expected);

        QdaImportReport r = lib.qda().importProject(file);

        assertThat(codeElements).isEqualTo(262);
        // every code arrives, the deepest (six levels, 120 characters of path) included
        java.util.Set<String> fitting = new java.util.HashSet<>(expected);
        fitting.removeIf(p -> p.codePointCount(0, p.length()) > org.glossa.core.TagNames.MAX_LENGTH);
        assertThat(fitting).isEqualTo(expected);
        assertThat(expected.stream().mapToInt(String::length).max().orElseThrow()).isGreaterThan(100);
        assertThat(r.notices()).noneMatch(n -> n.contains("a tag's path can have at most"));
        assertThat(r.codes()).isEqualTo(codeElements);
        assertThat(lib.tags().counts()).extracting(t -> t.name().toLowerCase(java.util.Locale.ROOT))
                .containsExactlyInAnyOrderElementsOf(fitting);
        assertThat(lib.tags().counts()).extracting(TagRepository.TagCount::name)
                .contains("rq1_definition/competencies/programming", "rq1_definition/framings/cs_as_programming/programming");
        // NVivo wrote both sources with a text of one line end: nothing to read, said so
        assertThat(r.sourcesSkipped()).isEqualTo(2);
        assertThat(r.notices()).filteredOn(n -> n.contains("is empty")).hasSize(2);
        assertThat(lib.documents()).isEmpty();
        assertThat(r.selectionsImported()).isZero();

        Path out = dir.resolve("codes.qdc");
        lib.qda().exportCodebook(out);
        QdaFiles.validate(java.nio.file.Files.readAllBytes(out), "Codebook.xsd");
        String codebook = java.nio.file.Files.readString(out);
        NodeList codes = parse(codebook.getBytes(StandardCharsets.UTF_8)).getElementsByTagNameNS(QdpxReader.CODEBOOK_NS, "Code");
        assertThat(codes.getLength()).isEqualTo(fitting.size());
        assertThat(codebook).contains("guid=\"36636563-3863-6264-3638-303637613863\" name=\"programming\"");
        Path project = dir.resolve("again.qdpx");
        lib.qda().exportProject(project, null);
        QdaFiles.validate(QdaFiles.unzip(project).get("project.qde"), "Project.xsd");
    }

    @Test
    void theAtlasProjectWithoutItsSourceFilesKeepsCodesNotesAndSaysWhatIsMissing() throws Exception {
        Path file = QdaFiles.corpus().resolve("sky-loom-TestProject.qdpx");
        QdaImportReport r = lib.qda().importProject(file);

        assertThat(r.project()).isEqualTo("ATLAS.ti standard project");
        assertThat(r.codes()).isEqualTo(14);
        assertThat(lib.tags().counts()).extracting(TagRepository.TagCount::name)
                .contains("\"rushed\"", "Coke::diet Coke", "cornflakes");
        // six text sources and two PDFs name files the archive does not hold; a picture, an audio and two videos are not kept
        assertThat(r.documentsImported()).isZero();
        assertThat(r.sourcesSkipped()).isEqualTo(12);
        assertThat(r.notices()).anyMatch(n -> n.contains("1994 Diet Coke-Diet Coke Break.docx")
                && n.contains("230B768E-5A3D-42B7-BE92-2A3721177944.txt is not in the project"));
        assertThat(r.notices()).anyMatch(n -> n.contains("\"Jeanine's Breakfast.m4a\"") && n.contains("audio sources are not kept"));
        assertThat(r.notices()).anyMatch(n -> n.startsWith("Links and graphs are not kept"));
        assertThat(lib.memos().list()).extracting(m -> m.title()).containsExactlyInAnyOrder("Research Plan",
                "My favorite Coke ad", "Description", "Description", "Description", "Description", "Description",
                "Description", "Description");
        assertThat(lib.memos().list()).filteredOn(m -> m.title().equals("Research Plan"))
                .extracting(m -> m.author()).containsExactly("Friedrich Markgraf");
    }

    /**
     * The same ATLAS.ti project with its text sources filled in where the archive left them out:
     * each selection whose name is its quote (ATLAS.ti names a quotation by its text) lands on it.
     */
    @Test
    void theAtlasProjectWithItsTextsPutsEverySelectionOnItsQuote() throws Exception {
        Map<String, byte[]> entries = QdaFiles.unzip(QdaFiles.corpus().resolve("sky-loom-TestProject.qdpx"));
        org.w3c.dom.Document xml = parse(entries.get("Project.qde"));
        Map<String, Object> zip = new LinkedHashMap<>(entries);
        Map<String, String> quotes = new HashMap<>();
        NodeList sources = xml.getElementsByTagNameNS(QdpxReader.PROJECT_NS, "TextSource");
        int selections = 0;
        for (int i = 0; i < sources.getLength(); i++) {
            Element s = (Element) sources.item(i);
            NodeList sels = s.getElementsByTagNameNS(QdpxReader.PROJECT_NS, "PlainTextSelection");
            StringBuilder text = new StringBuilder(("Transcript " + i + ".\r\n").repeat(80)); // CRLF before every quote
            for (int k = 0; k < sels.getLength(); k++) {
                Element sel = (Element) sels.item(k);
                int start = Integer.parseInt(sel.getAttribute("startPosition"));
                int end = Integer.parseInt(sel.getAttribute("endPosition"));
                String name = sel.getAttribute("name");
                if (name.codePointCount(0, name.length()) == end - start && !name.contains("\u2026")) {
                    // positions count code points and every character here is one; CR LF is two of them
                    text.replace(start, end, name);
                    quotes.put(sel.getAttribute("guid").toLowerCase(java.util.Locale.ROOT), name);
                }
                selections++;
            }
            String path = s.getAttribute("plainTextPath").substring("internal://".length());
            zip.put("sources/" + path, text.toString());
        }
        Path file = QdaFiles.zip(dir.resolve("atlas-with-texts.qdpx"), zip);

        QdaImportReport r = lib.qda().importProject(file);

        assertThat(selections).isEqualTo(6);
        assertThat(r.selectionsImported()).isEqualTo(selections);
        assertThat(quotes).hasSize(2);
        for (Map.Entry<String, String> q : quotes.entrySet()) {
            Annotation a = lib.annotation(q.getKey());
            assertThat(a.quote().exact()).isEqualTo(q.getValue());
            assertThat(lib.load(a.documentId()).text().substring(a.start(), a.end())).isEqualTo(q.getValue());
            assertThat(a.author()).isEqualTo("Friedrich Markgraf");
        }
        assertThat(lib.annotation("2f24ea88-c6a7-482b-8f89-893ef66d7a21").tags())
                .containsExactlyInAnyOrder("bacon and eggs", "cornflakes", "happiness");
        assertThat(lib.annotation("b49d7982-bb8e-4335-80af-dc869ccc3f45").note())
                .isEqualTo("Mabel is not the only person I know who has Coke for breakfast!");
        assertThat(lib.collections().list()).extracting(c -> c.name()).contains("Mabel", "Text files", "gender: female");
        assertThat(lib.collections().named("Text files").documentCount()).isEqualTo(6);

        Path out = dir.resolve("again.qdpx");
        lib.qda().exportProject(out, null);
        QdaFiles.validate(QdaFiles.unzip(out).get("project.qde"), "Project.xsd");
        assertThat(r.documentsImported()).isEqualTo(6);
    }
}
