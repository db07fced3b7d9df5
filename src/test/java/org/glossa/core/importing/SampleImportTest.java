package org.glossa.core.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.glossa.Fixtures;
import org.glossa.model.Block;
import org.glossa.model.BlockKind;
import org.glossa.model.DocumentContent;
import org.glossa.model.ImportedDocument;
import org.glossa.model.Mark;
import org.glossa.model.MarkKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bundled sample article, read the way a first start reads it. */
class SampleImportTest {
    private static ImportedDocument doc;
    private static String text;

    @BeforeAll
    static void importSample() throws ImportException {
        doc = new Importers().read(Fixtures.sampleBytes(), "000_99100116381ce573.txt");
        text = doc.content().text();
    }

    private static List<Mark> marks(MarkKind kind) {
        return doc.content().marks().stream().filter(m -> m.kind() == kind).toList();
    }

    private static String covered(Mark m) {
        return text.substring(m.start(), m.end());
    }

    @Test
    void itIsReadAsMarkdownWithTitleAuthorAndSource() {
        assertThat(doc.format()).isEqualTo("markdown");
        assertThat(doc.title()).isEqualTo(Fixtures.SAMPLE_TITLE);
        assertThat(doc.author()).isEqualTo(Fixtures.SAMPLE_AUTHOR);
        assertThat(doc.source()).isEqualTo(Fixtures.SAMPLE_URL);
    }

    @Test
    void theTitleIsTheFirstTextAndALevelOneHeading() {
        Block first = doc.content().blocks().get(0);
        assertThat(first.kind()).isEqualTo(BlockKind.HEADING);
        assertThat(first.level()).isEqualTo(1);
        assertThat(first.start()).isZero();
        assertThat(text.substring(first.start(), first.end())).isEqualTo(Fixtures.SAMPLE_TITLE);
    }

    @Test
    void theBylineNameIsALink() {
        String byline = "By " + Fixtures.SAMPLE_AUTHOR;
        int at = text.indexOf(byline);
        assertThat(at).isPositive();
        assertThat(marks(MarkKind.LINK)).anySatisfy(m -> {
            assertThat(m.start()).isEqualTo(at + 3);
            assertThat(covered(m)).isEqualTo(Fixtures.SAMPLE_AUTHOR);
            assertThat(m.href()).isNotBlank();
        });
    }

    @Test
    void theClosingDisclaimerIsItalic() {
        Matcher italic = Pattern.compile("(?m)^\\*([^*\\n]+)\\*\\s*$").matcher(Fixtures.sampleMarkdown());
        assertThat(italic.find()).isTrue();
        String sentence = italic.group(1);
        assertThat(sentence).startsWith("The views expressed in opinion pieces");
        assertThat(marks(MarkKind.ITALIC)).extracting(SampleImportTest::covered).contains(sentence);
        assertThat(text).endsWith(sentence);
    }

    @Test
    void everyRelatedArticleLabelIsBold() {
        String label = "Related article:";
        long inSource = Pattern.compile(Pattern.quote("**" + label + "**")).matcher(Fixtures.sampleMarkdown())
                .results().count();
        List<Mark> bold = marks(MarkKind.BOLD).stream().filter(m -> covered(m).equals(label)).toList();
        assertThat(inSource).isPositive();
        assertThat(bold).hasSize((int) inSource);
        assertThat(Pattern.compile(Pattern.quote(label)).matcher(text).results().count()).isEqualTo(inSource);
    }

    @Test
    void noMarkdownSyntaxIsLeftInTheText() {
        assertThat(text).doesNotContain("**", "](", "<http", "](#)");
        assertThat(text.lines()).noneMatch(line -> line.startsWith("#"));
        assertThat(text.lines()).noneMatch(line -> line.startsWith("*") || line.endsWith("*"));
    }

    @Test
    void theSourceFooterIsNotBodyText() {
        assertThat(text).doesNotContainIgnoringCase("original url").doesNotContain("themoscowtimes.com");
    }

    @Test
    void theTextIsNormalised() {
        assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).isTrue();
        assertThat(text).doesNotContain("\r", "\ufeff", "\n\n\n").isEqualTo(text.strip());
    }

    @Test
    void blocksAreOrderedTrimmedAndSeparatedByABlankLine() {
        DocumentContent content = doc.content();
        List<Block> blocks = content.blocks();
        assertThat(blocks).hasSizeGreaterThan(30);
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            String body = text.substring(b.start(), b.end());
            assertThat(body).as("block %d", i).isNotBlank().isEqualTo(body.strip());
            if (i > 0) {
                assertThat(text.substring(blocks.get(i - 1).end(), b.start())).as("gap before block %d", i)
                        .isEqualTo("\n\n");
            }
        }
        assertThat(blocks.get(blocks.size() - 1).end()).isEqualTo(text.length());
        for (Mark m : content.marks()) {
            assertThat(covered(m)).as("mark %s", m).isNotBlank().isEqualTo(covered(m).strip());
        }
    }
}
