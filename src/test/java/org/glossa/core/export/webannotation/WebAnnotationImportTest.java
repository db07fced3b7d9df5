package org.glossa.core.export.webannotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.glossa.core.GlossaException;
import org.glossa.core.Library;
import org.glossa.model.AnchorStatus;
import org.glossa.model.Annotation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WebAnnotationImportTest {
    private static final String PAGE1 = "Intro. Here this is an annotation that has some text around it.\n";
    private static final String EBOOK = "Chapter one.\n" + "It was a dark and stormy night. ".repeat(40);

    private final ObjectMapper json = new ObjectMapper();
    @TempDir
    Path dir;
    Library lib;
    long page1;
    long ebook;

    @BeforeEach
    void open() {
        lib = Library.open(dir.resolve("lib.sqlite"));
        page1 = lib.importDocument(Fixtures.document("Page 1", "http://example.org/page1", PAGE1)).id();
        ebook = lib.importDocument(Fixtures.document("Ebook", "http://example.org/ebook1", EBOOK)).id();
    }

    @AfterEach
    void close() {
        lib.close();
    }

    /** A W3C example target (Apache Annotator's copy of the spec examples) wrapped in an annotation. */
    private String specExample(String name, String id) throws Exception {
        String corpus = System.getProperty("glossa.corpus");
        assumeTrue(corpus != null, "system property glossa.corpus is not set");
        Path file = Path.of(corpus, "anchoring", "apache-annotator", "spec-examples.json");
        assumeTrue(Files.exists(file), "no spec examples at " + file);
        JsonNode target = json.readTree(file.toFile()).get(name).get("obj");
        ObjectNode a = json.createObjectNode();
        a.put("@context", "http://www.w3.org/ns/anno.jsonld");
        a.put("id", id);
        a.put("type", "Annotation");
        a.put("bodyValue", "from " + name);
        a.set("target", target);
        return json.writeValueAsString(a);
    }

    @Test
    void aQuoteOnlySelectorFromTheW3cExamplesIsAnchoredByItsText() throws Exception {
        AnnotationImportReport r = lib.webAnnotations().importJson(specExample("Example 5 <=> 19: TextQuote selector",
                "http://example.org/anno19"));
        assertThat(r.imported()).isEqualTo(1);
        Annotation a = lib.annotation("http://example.org/anno19");
        assertThat(a.documentId()).isEqualTo(page1);
        assertThat(PAGE1.substring(a.start(), a.end())).isEqualTo("annotation");
        assertThat(a.start()).isEqualTo(PAGE1.indexOf("annotation"));
        assertThat(a.status()).isEqualTo(AnchorStatus.ANCHORED);
        assertThat(a.note()).isEqualTo("from Example 5 <=> 19: TextQuote selector");
    }

    @Test
    void aPositionOnlySelectorFromTheW3cExamplesTakesItsQuoteFromTheText() throws Exception {
        lib.webAnnotations().importJson(specExample("Example 6 <=> 20: TextPosition selector", "http://example.org/anno20"));
        Annotation a = lib.annotation("http://example.org/anno20");
        assertThat(a.documentId()).isEqualTo(ebook);
        assertThat(a.start()).isEqualTo(412);
        assertThat(a.end()).isEqualTo(795);
        assertThat(a.quote().exact()).isEqualTo(EBOOK.substring(412, 795));
    }

    @Test
    void aQuoteRefiningAFragmentSelectorIsUsed() throws Exception {
        lib.importDocument(Fixtures.document("Refined", "http://example.org/page1-refined",
                "Some text before the Selected Text and text after it."));
        String example = specExample("Example 11 <=> 25: Selector refinement", "urn:uuid:0f5b1c9e-0000-4000-8000-000000000001")
                .replace("http://example.org/page1", "http://example.org/page1-refined");
        lib.webAnnotations().importJson(example);
        assertThat(lib.annotation("0f5b1c9e-0000-4000-8000-000000000001").quote().exact()).isEqualTo("Selected Text");
    }

    @Test
    void aTargetNamingNoKnownDocumentFallsBackToTheOnlyDocumentContainingTheQuote() {
        AnnotationImportReport r = lib.webAnnotations().importJson(page(
                annotation("urn:uuid:11111111-0000-4000-8000-000000000001", "https://elsewhere.example/copy", "dark and stormy"),
                annotation("urn:uuid:11111111-0000-4000-8000-000000000002", "https://elsewhere.example/copy", "this is an"),
                annotation("urn:uuid:11111111-0000-4000-8000-000000000003", "https://elsewhere.example/copy", "not in any document"),
                annotation("urn:uuid:11111111-0000-4000-8000-000000000004", "https://elsewhere.example/copy", ".")));
        assertThat(r.imported()).isEqualTo(2);
        assertThat(r.unmatched()).isEqualTo(2);
        assertThat(r.problems()).hasSize(2).allMatch(p -> p.contains("https://elsewhere.example/copy"));
        assertThat(lib.annotation("11111111-0000-4000-8000-000000000001").documentId()).isEqualTo(ebook);
    }

    @Test
    void importingTheSameAnnotationsAgainSkipsThemAndANewerCopyUpdates() {
        String first = page(annotation("urn:uuid:22222222-0000-4000-8000-000000000001", "http://example.org/page1", "annotation"));
        assertThat(lib.webAnnotations().importJson(first).imported()).isEqualTo(1);
        assertThat(lib.webAnnotations().importJson(first)).isEqualTo(new AnnotationImportReport(0, 0, 1, 0, 0, 0, List.of()));
        String newer = first.replace("2020-01-01T00:00:00Z", "2021-01-01T00:00:00+02:00").replace("a note", "a better note");
        assertThat(lib.webAnnotations().importJson(newer).updated()).isEqualTo(1);
        assertThat(lib.annotation("22222222-0000-4000-8000-000000000001").note()).isEqualTo("a better note");
        assertThat(lib.annotations(page1)).hasSize(1);
    }

    @Test
    void aSingleAnnotationAndABareArrayAreAcceptedToo() {
        String one = annotation("urn:uuid:33333333-0000-4000-8000-000000000001", "http://example.org/page1", "annotation");
        String two = annotation("urn:uuid:33333333-0000-4000-8000-000000000002", "http://example.org/page1", "text around");
        assertThat(lib.webAnnotations().importJson(one).imported()).isEqualTo(1);
        assertThat(lib.webAnnotations().importJson("[" + one + "," + two + "]").summary())
                .isEqualTo("1 imported, 0 updated, 1 skipped, 0 conflicts, 0 refused, 0 unmatched");
    }

    @Test
    void anIdThatIsNoIriGetsAStableUuidSoTheExportStaysValidAndReimportFindsIt() throws Exception {
        String local = annotation("anno 1", "http://example.org/page1", "annotation");
        assertThat(lib.webAnnotations().importJson(local).imported()).isEqualTo(1);
        assertThat(lib.webAnnotations().importJson(local).skipped()).isEqualTo(1);
        String id = lib.annotations(page1).get(0).id();
        assertThat(json.readTree(lib.webAnnotations().export(id)).get("id").asText()).startsWith("urn:uuid:");
    }

    @Test
    void somethingThatIsNotAnnotationsIsAUserErrorAndChangesNothing() {
        assertThatThrownBy(() -> lib.webAnnotations().importJson("{not json")).isInstanceOf(GlossaException.class)
                .hasMessageStartingWith("The file is not valid JSON");
        assertThatThrownBy(() -> lib.webAnnotations().importJson("{\"type\": \"Person\"}")).isInstanceOf(GlossaException.class)
                .hasMessageContaining("no W3C annotations");
        assertThat(lib.allAnnotations()).isEmpty();
    }

    private static String page(String... items) {
        return "{\"@context\": \"http://www.w3.org/ns/anno.jsonld\", \"type\": \"AnnotationPage\", \"items\": ["
                + String.join(",", items) + "]}";
    }

    private static String annotation(String id, String source, String exact) {
        return "{\"id\": \"" + id + "\", \"type\": \"Annotation\", \"modified\": \"2020-01-01T00:00:00Z\","
                + " \"body\": {\"type\": \"TextualBody\", \"value\": \"a note\"},"
                + " \"target\": {\"source\": \"" + source + "\", \"selector\": {\"type\": \"TextQuoteSelector\","
                + " \"exact\": \"" + exact + "\"}}}";
    }
}
