package org.glossa.core.importing;

import static org.assertj.core.api.Assertions.assertThat;

import org.glossa.model.Block;
import org.glossa.model.BlockKind;
import org.glossa.model.DocumentContent;
import org.glossa.model.Mark;
import org.glossa.model.MarkKind;
import org.junit.jupiter.api.Test;

class ContentBuilderTest {
    private final ContentBuilder out = new ContentBuilder();

    @Test
    void runsOfWhitespaceBecomeOneSpaceAndBlockEdgesAreTrimmed() {
        DocumentContent c = out.startBlock(BlockKind.PARAGRAPH).text("  one \t two\n\n three  ").build();
        assertThat(c.text()).isEqualTo("one two three");
        assertThat(c.blocks()).containsExactly(Block.of(BlockKind.PARAGRAPH, 0, 13));
    }

    @Test
    void spacesAcrossSeparateAppendsAreCollapsedToo() {
        String t = out.startBlock(BlockKind.PARAGRAPH).text("a ").text(" ").text(" b").build().text();
        assertThat(t).isEqualTo("a b");
    }

    @Test
    void aMarkIsTrimmedToTheTextItCovers() {
        out.startBlock(BlockKind.PARAGRAPH).text("Hello");
        out.openMark(MarkKind.BOLD).text(" world ").closeMark();
        DocumentContent c = out.text("again").build();
        assertThat(c.text()).isEqualTo("Hello world again");
        assertThat(c.marks()).containsExactly(Mark.of(MarkKind.BOLD, 6, 11));
    }

    @Test
    void aMarkOverWhitespaceOnlyIsDropped() {
        out.startBlock(BlockKind.PARAGRAPH).text("a");
        out.openMark(MarkKind.ITALIC, null).text("   ").closeMark();
        assertThat(out.text("b").build().marks()).isEmpty();
    }

    @Test
    void emptyBlocksLeaveNoTraceAndNoSeparator() {
        out.startBlock(BlockKind.PARAGRAPH).text("first");
        out.startBlock(BlockKind.HEADING, 2).text(" \n\t ");
        out.startBlock(BlockKind.QUOTE).endBlock();
        DocumentContent c = out.startBlock(BlockKind.PARAGRAPH).text("second").build();
        assertThat(c.text()).isEqualTo("first\n\nsecond");
        assertThat(c.blocks()).extracting(Block::kind).containsExactly(BlockKind.PARAGRAPH, BlockKind.PARAGRAPH);
    }

    @Test
    void listItemsAreSeparatedByOneNewlineAndOtherBlocksByABlankLine() {
        out.startBlock(BlockKind.PARAGRAPH).text("intro");
        out.startBlock(BlockKind.LIST_ITEM, 1).text("one");
        out.startBlock(BlockKind.LIST_ITEM, 1).text("two");
        DocumentContent c = out.startBlock(BlockKind.PARAGRAPH).text("outro").build();
        assertThat(c.text()).isEqualTo("intro\n\none\ntwo\n\noutro");
        assertThat(c.blocks()).containsExactly(
                Block.of(BlockKind.PARAGRAPH, 0, 5),
                new Block(BlockKind.LIST_ITEM, 7, 10, 1),
                new Block(BlockKind.LIST_ITEM, 11, 14, 1),
                Block.of(BlockKind.PARAGRAPH, 16, 21));
    }

    @Test
    void rawTextKeepsInnerWhitespaceAndLineBreaksTrimTrailingSpaces() {
        out.startBlock(BlockKind.CODE).raw("x  =  1\r\ny = 2");
        out.startBlock(BlockKind.PARAGRAPH).text("line one   ").lineBreak().text("line two");
        assertThat(out.build().text()).isEqualTo("x  =  1\ny = 2\n\nline one\nline two");
    }

    @Test
    void textWithoutAStartedBlockBecomesAParagraph() {
        assertThat(out.text("loose").build().blocks()).containsExactly(Block.of(BlockKind.PARAGRAPH, 0, 5));
    }

    @Test
    void appendedTextIsCleaned() {
        assertThat(out.text("\ufeffcafe\u0301\u200b\u00a0bar").build().text()).isEqualTo("caf\u00e9 bar");
    }
}
