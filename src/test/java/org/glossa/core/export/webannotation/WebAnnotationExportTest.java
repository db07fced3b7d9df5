package org.glossa.core.export.webannotation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.glossa.core.Library;
import org.glossa.model.AnchorStatus;
import org.glossa.model.Annotation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WebAnnotationExportTest {
    private final ObjectMapper json = new ObjectMapper();
    @TempDir
    Path dir;
    Library lib;
    long doc;
    Annotation fox;

    @BeforeEach
    void open() {
        lib = Library.open(dir.resolve("lib.sqlite"));
        doc = lib.importDocument(Fixtures.document("Astral", "https://example.org/astral", Fixtures.ASTRAL_TEXT)).id();
        fox = lib.annotateQuote(doc, "quick brown fox", 1, "green", "A *classic*.\n\nSecond line.",
                List.of("claim/economic", "pangram"));
        lib.annotateQuote(doc, "🦊🐶", 1, "pink", "", List.of());
        Annotation review = lib.annotateQuote(doc, "Москва and Zoë", 1, null, "", List.of("place"));
        lib.save(review.withAnchor(review.start(), review.end(), review.quote(), AnchorStatus.FUZZY));
    }

    @AfterEach
    void close() {
        lib.close();
    }

    @Test
    void anAnnotationIsWrittenWithBodiesSelectorsInCodePointsStyleAndAgents() throws Exception {
        JsonNode a = json.readTree(lib.webAnnotations().export(fox.id()));

        assertThat(a.get("@context").asText()).isEqualTo("http://www.w3.org/ns/anno.jsonld");
        assertThat(a.get("id").asText()).isEqualTo("urn:uuid:" + fox.id());
        assertThat(a.get("type").asText()).isEqualTo("Annotation");
        assertThat(a.at("/body/0/purpose").asText()).isEqualTo("commenting");
        assertThat(a.at("/body/0/format").asText()).isEqualTo("text/markdown");
        assertThat(a.at("/body/0/value").asText()).isEqualTo("A *classic*.\n\nSecond line.");
        assertThat(a.at("/body/1/purpose").asText()).isEqualTo("tagging");
        assertThat(a.at("/body/2/value").asText()).isEqualTo("pangram");
        assertThat(a.at("/target/source").asText()).isEqualTo("https://example.org/astral");
        assertThat(a.at("/target/styleClass").asText()).isEqualTo("green");
        assertThat(a.at("/stylesheet/type").asText()).isEqualTo("CssStylesheet");
        assertThat(a.at("/stylesheet/value").asText()).isEqualTo(".green { background-color: #9be38a }");
        assertThat(a.at("/target/selector/0/exact").asText()).isEqualTo("quick brown fox");
        int utf16 = Fixtures.ASTRAL_TEXT.indexOf("quick");
        // three astral characters come before the passage: each is two UTF-16 units, one code point
        assertThat(a.at("/target/selector/1/start").asInt()).isEqualTo(utf16 - 3);
        assertThat(a.at("/target/selector/1/end").asInt()).isEqualTo(utf16 - 3 + "quick brown fox".length());
        assertThat(a.at("/creator/type").asText()).isEqualTo("Person");
        assertThat(a.get("created").asText()).endsWith("Z").contains("T");
    }

    @Test
    void everyExportedAnnotationPassesEveryW3cMust() throws Exception {
        W3cSuite suite = W3cSuite.fromCorpus();
        List<String> failures = new ArrayList<>();
        JsonNode all = json.readTree(lib.webAnnotations().exportAll());
        for (JsonNode item : all.at("/first/items")) {
            // an item of a page inherits the page's context; alone it must carry its own
            var standalone = ((com.fasterxml.jackson.databind.node.ObjectNode) item.deepCopy());
            standalone.put("@context", "http://www.w3.org/ns/anno.jsonld");
            failures.addAll(suite.failedMusts("annotations/annotationMusts.test", standalone));
        }
        for (Annotation a : lib.allAnnotations()) {
            failures.addAll(suite.failedMusts("annotations/annotationMusts.test",
                    json.readTree(lib.webAnnotations().export(a.id()))));
        }
        assertThat(all.at("/first/items").size()).isEqualTo(lib.allAnnotations().size()).isGreaterThanOrEqualTo(3);
        assertThat(failures).isEmpty();
    }

    @Test
    void aDocumentsAnnotationsFormACollectionThatPassesTheCollectionAndPageMusts() throws Exception {
        W3cSuite suite = W3cSuite.fromCorpus();
        JsonNode c = json.readTree(lib.webAnnotations().exportDocument(doc));
        assertThat(c.get("type").asText()).isEqualTo("AnnotationCollection");
        assertThat(c.get("total").asInt()).isEqualTo(3);
        assertThat(c.at("/first/type").asText()).isEqualTo("AnnotationPage");
        assertThat(c.at("/first/items").size()).isEqualTo(3);
        assertThat(suite.failedMusts("collections/collectionMusts.test", c)).isEmpty();
        var page = (com.fasterxml.jackson.databind.node.ObjectNode) c.get("first").deepCopy();
        page.put("@context", "http://www.w3.org/ns/anno.jsonld");
        assertThat(suite.failedMusts("collections/pages/pageMusts.test", page)).isEmpty();
    }

    @Test
    void aStatusOtherThanAnchoredTravelsInAGlossaTermAndNothingElseChanges() throws Exception {
        JsonNode c = json.readTree(lib.webAnnotations().exportDocument(doc));
        List<String> statuses = new ArrayList<>();
        c.at("/first/items").forEach(i -> statuses.add(i.path(WebAnnotationVocabulary.ANCHOR_STATUS).asText("-")));
        assertThat(statuses).containsExactlyInAnyOrder("-", "-", "fuzzy");
    }
}
