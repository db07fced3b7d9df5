package org.glossa.core.export.webannotation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.glossa.core.Library;
import org.glossa.model.Annotation;
import org.glossa.model.Motivation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bookmark travels as a W3C annotation with the bookmarking motivation, and comes back as one. */
class BookmarkInterchangeTest {
    private final ObjectMapper json = new ObjectMapper();
    @TempDir
    Path dir;

    @Test
    void aBookmarkIsExportedWithTheBookmarkingMotivationPassesEveryMustAndImportsAsABookmark() throws Exception {
        String text = Fixtures.ASTRAL_TEXT;
        Annotation mark;
        Annotation highlight;
        String exported;
        String markdown;
        try (Library lib = Library.open(dir.resolve("a.sqlite"))) {
            long doc = lib.importDocument(Fixtures.document("Astral", "https://example.org/astral", text)).id();
            int at = text.indexOf("quick");
            mark = lib.bookmark(UUID.randomUUID().toString(), doc, at, at + "quick brown fox".length());
            highlight = lib.annotateQuote(doc, "quick brown fox", 1, "green", "", List.of());
            assertThat(lib.annotation(mark.id()).motivation()).isEqualTo(Motivation.BOOKMARKING);
            assertThat(lib.annotation(highlight.id()).motivation()).isEqualTo(Motivation.HIGHLIGHTING);
            exported = lib.webAnnotations().exportDocument(doc);
            markdown = lib.exports().markdown(doc);

            JsonNode one = json.readTree(lib.webAnnotations().export(mark.id()));
            assertThat(one.get("motivation").asText()).isEqualTo("bookmarking");
            assertThat(W3cSuite.fromCorpus().failedMusts("annotations/annotationMusts.test", one)).isEmpty();
            assertThat(json.readTree(lib.webAnnotations().export(highlight.id())).get("motivation").asText())
                    .isEqualTo("highlighting");
        }
        // Markdown lists the bookmark apart from the highlights
        assertThat(markdown).contains("## Bookmarks\n\n- Position " + mark.start() + ": \u201cquick brown fox\u201d");
        assertThat(markdown.indexOf("> quick brown fox")).isLessThan(markdown.indexOf("## Bookmarks"));

        try (Library empty = Library.open(dir.resolve("b.sqlite"))) {
            empty.importDocument(Fixtures.document("Astral", "https://example.org/astral", text));
            AnnotationImportReport report = empty.webAnnotations().importJson(exported);
            assertThat(report.imported()).isEqualTo(2);
            Annotation back = empty.annotation(mark.id());
            assertThat(back.isBookmark()).isTrue();
            assertThat(back.start()).isEqualTo(mark.start());
            assertThat(back.quote()).isEqualTo(mark.quote());
            assertThat(empty.annotation(highlight.id()).isBookmark()).isFalse();
        }
    }

    @Test
    void anAnnotationFromAnotherToolWithBookmarkingAmongItsMotivationsIsABookmark() throws Exception {
        String text = Fixtures.ASTRAL_TEXT;
        try (Library lib = Library.open(dir.resolve("c.sqlite"))) {
            lib.importDocument(Fixtures.document("Astral", "https://example.org/astral", text));
            String incoming = """
                    {"@context": "http://www.w3.org/ns/anno.jsonld", "id": "http://example.org/anno/7",
                     "type": "Annotation", "motivation": ["bookmarking"],
                     "target": {"source": "https://example.org/astral",
                       "selector": {"type": "TextQuoteSelector", "exact": "lazy dog"}}}
                    """;
            assertThat(lib.webAnnotations().importJson(incoming).imported()).isEqualTo(1);
            Annotation a = lib.annotation("http://example.org/anno/7");
            assertThat(a.isBookmark()).isTrue();
            assertThat(a.quote().exact()).isEqualTo("lazy dog");
        }
    }
}
