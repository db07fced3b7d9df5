package org.glossa.core.export;

import java.util.List;
import java.util.OptionalInt;
import org.glossa.model.Block;
import org.glossa.model.BlockKind;
import org.glossa.model.DocumentContent;

/**
 * Page numbers for exports of documents that came with pages (PDF imports mark each page with a
 * PAGE_BREAK block whose level is the page number): the page of an offset is the level of the
 * last marker at or before it.
 */
public final class PageLocator {
    private final int[] starts;
    private final int[] pages;

    public PageLocator(DocumentContent content) {
        List<Block> markers = content.blocks().stream().filter(b -> b.kind() == BlockKind.PAGE_BREAK)
                .sorted((a, b) -> Integer.compare(a.start(), b.start())).toList();
        starts = markers.stream().mapToInt(Block::start).toArray();
        pages = markers.stream().mapToInt(Block::level).toArray();
    }

    /** The page holding {@code offset}; empty when the document has no pages or it is before the first. */
    public OptionalInt pageAt(int offset) {
        int lo = 0;
        int hi = starts.length - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] <= offset) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found < 0 ? OptionalInt.empty() : OptionalInt.of(pages[found]);
    }

    public boolean hasPages() {
        return starts.length > 0;
    }
}
