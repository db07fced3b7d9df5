package org.glossa.core.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
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

class DocumentHtmlTest {
    private static Element render(String text, List<Block> blocks, List<Annotation> annotations) {
        Document doc = new Document(new DocumentInfo(1, "T", null, null, "text", null, null, "h", null, 0),
                new DocumentContent(text, blocks, List.of()));
        Element root = new Element(Tag.valueOf("div"), "");
        new DocumentHtml("", false).render(root, new AnnotatedDocument(doc, "urn:x", annotations));
        return root;
    }

    @Test
    void aBlockInsideAnotherPrintsItsTextOnce() {
        Element html = render("abc def", List.of(Block.of(BlockKind.QUOTE, 0, 7), Block.of(BlockKind.PARAGRAPH, 4, 7)),
                List.of());
        assertThat(html.select(".text").text()).isEqualTo("abc def");
    }

    @Test
    void plainTextWithoutBlocksBecomesParagraphs() {
        Element html = render("one\ntwo\n\nthree\n", List.of(), List.of());
        assertThat(html.select("p").eachText()).containsExactly("one two", "three");
    }

    @Test
    void anOrphanIsListedInTheNotesButNotHighlighted() {
        OffsetDateTime t = OffsetDateTime.parse("2026-01-01T00:00:00Z");
        Annotation orphan = new Annotation("a", 1, 0, 3, new TextQuote("gone", "", ""), "yellow", "lost note",
                List.of(), "me", t, t, AnchorStatus.ORPHANED);
        Element html = render("abc def", List.of(), List.of(orphan));
        assertThat(html.select(".hl")).isEmpty();
        assertThat(html.select(".notes li").text()).contains("gone", "lost note", "passage not found");
    }
}
