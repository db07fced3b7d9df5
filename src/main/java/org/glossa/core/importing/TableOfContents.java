package org.glossa.core.importing;

import java.util.ArrayList;
import java.util.List;
import org.glossa.model.Block;
import org.glossa.model.BlockKind;
import org.glossa.model.DocumentContent;

/**
 * A document's table of contents, recovered from its heading blocks: what the reader lists so
 * a user can jump to a chapter. Importers keep chapter headings as HEADING blocks for this.
 */
public final class TableOfContents {
    /** One heading: its level (1-6), its text, and the offset to jump to. */
    public record Entry(int level, String title, int offset) {
    }

    private TableOfContents() {
    }

    public static List<Entry> of(DocumentContent content) {
        List<Entry> entries = new ArrayList<>();
        String text = content.text();
        for (Block b : content.blocks()) {
            if (b.kind() == BlockKind.HEADING && b.end() > b.start()) {
                String title = text.substring(b.start(), b.end()).replace('\n', ' ').strip();
                entries.add(new Entry(Math.max(1, b.level()), title, b.start()));
            }
        }
        return entries;
    }
}
