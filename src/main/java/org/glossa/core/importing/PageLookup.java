package org.glossa.core.importing;

import java.util.OptionalInt;
import org.glossa.model.Block;
import org.glossa.model.BlockKind;
import org.glossa.model.DocumentContent;

/** Maps a text offset to the page it came from, for documents imported with page markers (PDF). */
public final class PageLookup {
    private PageLookup() {
    }

    /** The page number of {@code offset}, or empty when the document has no page markers. */
    public static OptionalInt pageAt(DocumentContent content, int offset) {
        int page = -1;
        for (Block b : content.blocks()) {
            if (b.start() > offset) {
                break;
            }
            if (b.kind() == BlockKind.PAGE_BREAK) {
                page = b.level();
            }
        }
        return page < 0 ? OptionalInt.empty() : OptionalInt.of(page);
    }
}
