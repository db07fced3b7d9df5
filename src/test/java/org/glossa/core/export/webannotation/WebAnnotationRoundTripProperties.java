package org.glossa.core.export.webannotation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.glossa.core.Library;
import org.glossa.model.AnchorStatus;
import org.glossa.model.Annotation;
import org.glossa.model.HighlightColor;

/**
 * Export to W3C JSON-LD, import into an empty library holding the same documents, export again:
 * the two exports are the same, annotation for annotation. Only the collection's own id differs
 * (a fresh URN per export, as it names the export, not the annotations).
 */
class WebAnnotationRoundTripProperties {
    private static final List<String> TEXTS = List.of(Fixtures.ASTRAL_TEXT,
            "Plain ASCII text about prices and wages, repeated: prices and wages.\n".repeat(3),
            "مرحبا بالعالم — שלום עולם — 日本語の文章 𝒳 ✓ 🇺🇦 and e\u0301 combining.\n");
    private static final List<String> NOTES = List.of("", "Plain note", "**Bold** and a [link](https://x.org)",
            "Line one\n\nLine two", "Emoji 😀 and \"quotes\" and <script>", "Москва");
    private static final List<String> TAGS = List.of("claim", "claim/economic", "evidence", "Zoë", "日本");

    record Highlight(int doc, double at, int length, HighlightColor color, String note, List<String> tags,
                     AnchorStatus status) {
    }

    @Provide
    Arbitrary<List<Highlight>> highlights() {
        Arbitrary<Highlight> h = Combinators.combine(Arbitraries.integers().between(0, TEXTS.size() - 1),
                Arbitraries.doubles().between(0, 0.95), Arbitraries.integers().between(1, 60),
                Arbitraries.of(HighlightColor.class), Arbitraries.of(NOTES),
                Arbitraries.of(TAGS).list().ofMaxSize(3).uniqueElements(), Arbitraries.of(AnchorStatus.class))
                .as(Highlight::new);
        return h.list().ofMinSize(1).ofMaxSize(8);
    }

    @Property(tries = 15)
    void exportImportExportIsLossless(@ForAll("highlights") List<Highlight> highlights) throws Exception {
        Path dir = Files.createTempDirectory("glossa-roundtrip");
        try (Library a = Library.open(dir.resolve("a.sqlite")); Library b = Library.open(dir.resolve("b.sqlite"))) {
            for (int i = 0; i < TEXTS.size(); i++) {
                // one document known by URL, the others by content hash
                String source = i == 0 ? "https://example.org/doc" : null;
                a.importDocument(Fixtures.document("Doc " + i, source, TEXTS.get(i)));
                b.importDocument(Fixtures.document("Doc " + i, source, TEXTS.get(i)));
            }
            List<Long> ids = a.documents().stream().map(d -> d.id()).sorted().toList();
            for (Highlight h : highlights) {
                add(a, ids.get(ids.size() - TEXTS.size() + h.doc()), TEXTS.get(h.doc()), h);
            }
            String first = a.webAnnotations().exportAll();
            AnnotationImportReport report = b.webAnnotations().importJson(first);
            String second = b.webAnnotations().exportAll();

            assertThat(report.imported()).isEqualTo(highlights.size());
            assertThat(items(second)).isEqualTo(items(first));
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void add(Library lib, long doc, String text, Highlight h) {
        // whole code points only: a selection never splits an emoji
        int start = text.offsetByCodePoints(0, (int) (h.at() * text.codePointCount(0, text.length())));
        int end = start;
        for (int i = 0; i < h.length() && end < text.length(); i++) {
            end = text.offsetByCodePoints(end, 1);
        }
        if (text.substring(start, end).isBlank()) {
            end = text.length();
        }
        Annotation a = lib.annotate(doc, start, end, h.color().key(), h.note(), h.tags());
        if (h.status() != AnchorStatus.ANCHORED) {
            lib.save(a.withAnchor(a.start(), a.end(), a.quote(), h.status()));
        }
    }

    private static JsonNode items(String collection) throws Exception {
        return new ObjectMapper().readTree(collection).at("/first/items");
    }
}
