package org.glossa.model;

import java.util.List;

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
}
