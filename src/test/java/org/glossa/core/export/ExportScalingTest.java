package org.glossa.core.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.glossa.model.AnchorStatus;
import org.glossa.model.Annotation;
import org.glossa.model.Block;
import org.glossa.model.BlockKind;
import org.glossa.model.Document;
import org.glossa.model.DocumentContent;
import org.glossa.model.DocumentInfo;
import org.glossa.model.TextQuote;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Tag;
import org.junit.jupiter.api.Test;

/**
 * Exports grow with their input, not with its square: 10,000 overlapping highlights in one long
 * paragraph (the worst case for the per-run work) export completely, and twice the highlights
 * give twice the output.
 */
class ExportScalingTest {
    private static final OffsetDateTime T = OffsetDateTime.parse("2026-01-01T00:00:00Z");

    /** One block of {@code n * 8 + 100} characters with {@code n} highlights, each overlapping the next. */
    private static AnnotatedDocument book(int n) {
        String text = "Word an ".repeat(n + 12) + "end.";
        List<Annotation> annotations = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int start = i * 8;
            int end = start + 20;
            annotations.add(new Annotation(String.format(java.util.Locale.ROOT, "a%06d", i), 1, start, end,
                    TextQuote.of(text, start, end), i % 2 == 0 ? "yellow" : "green", "note " + i, List.of("t"), "me",
                    T, T, AnchorStatus.ANCHORED));
        }
        Document doc = new Document(new DocumentInfo(1, "Book", null, null, "text", null, null, "h", null, 0),
                new DocumentContent(text, List.of(Block.of(BlockKind.PARAGRAPH, 0, text.length())), List.of()));
        return new AnnotatedDocument(doc, "urn:x", annotations);
    }

    private static Element html(AnnotatedDocument doc) {
        Element root = new Element(Tag.valueOf("div"), "");
        new DocumentHtml("", false).render(root, doc);
        return root;
    }

    @Test
    void tenThousandOverlappingHighlightsInOneParagraphAreAllExported() {
        Element root = html(book(10_000));
        assertThat(root.select("sup.ref")).hasSize(10_000);
        assertThat(root.select("ol.notes > li")).hasSize(10_000);
        assertThat(root.select("span.hl.overlap")).isNotEmpty();
        assertThat(root.select(".text").text()).startsWith("Word an Word an").endsWith("end.");
    }

    @Test
    void twiceTheHighlightsGiveTwiceTheOutput() {
        assertGrowsLinearly(n -> html(book(n)).outerHtml().length());
        assertGrowsLinearly(n -> new MarkdownExport(T).document(book(n)).length());
        assertGrowsLinearly(n -> new AnkiExport(AnkiExport.Style.CLOZE).cards(List.of(book(n))).length());
    }

    private static void assertGrowsLinearly(java.util.function.IntUnaryOperator size) {
        double ratio = (double) size.applyAsInt(8_000) / size.applyAsInt(4_000);
        assertThat(ratio).isBetween(1.8, 2.2);
    }
}
