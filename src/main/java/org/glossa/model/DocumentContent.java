package org.glossa.model;

import java.util.List;
import java.util.OptionalInt;

/**
 * What the reader shows: normalised plain text (LF, NFC, no BOM) plus structure as offset
 * ranges into it. Offsets are UTF-16 indices everywhere inside Glossa.
 */
public record DocumentContent(String text, List<Block> blocks, List<Mark> marks) {
    public DocumentContent {
        text = text == null ? "" : text;
        blocks = List.copyOf(blocks);
        marks = List.copyOf(marks);
    }

    /** The block containing {@code offset}, or the last block that starts before it. */
    public int blockIndexAt(int offset) {
        int lo = 0;
        int hi = blocks.size() - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (blocks.get(mid).start() <= offset) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    /**
     * The page {@code offset} is on, for documents that came with pages (a PDF marks each page's
     * start with a zero-length PAGE_BREAK block whose level is the page number); empty when the
     * document has no pages or the offset comes before the first one.
     */
    public OptionalInt pageAt(int offset) {
        for (int i = blockIndexAt(offset); i >= 0; i--) {
            Block b = blocks.get(i);
            if (b.kind() == BlockKind.PAGE_BREAK) {
                return OptionalInt.of(b.level());
            }
        }
        return OptionalInt.empty();
    }

    /** True when the document came with pages (see {@link #pageAt}). */
    public boolean hasPages() {
        return blocks.stream().anyMatch(b -> b.kind() == BlockKind.PAGE_BREAK);
    }
}
