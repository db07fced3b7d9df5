package org.glossa.core.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.glossa.model.Block;
import org.glossa.model.BlockKind;
import org.glossa.model.DocumentContent;

/**
 * Makes a book's own table of contents the Contents the reader lists. Each entry of the
 * navigation document (or NCX) is found in the imported text, at its target file or the
 * element its fragment names, and the heading there takes the entry's depth. When the book's
 * contents name most of its headings, a heading they leave out (a copyright line set as a
 * heading on the title page) reads as a paragraph; a coarse contents list ("Cover", "Start
 * reading") leaves the text's own headings as they are.
 */
final class EpubHeadings {
    /** A file's contents entry names the heading among the file's first few blocks. */
    private static final int HEADING_WITHIN = 3;

    /** Where one spine file's text lies, and where its elements with ids start. */
    record Placed(int start, int end, Map<String, Integer> anchors) {
    }

    private EpubHeadings() {
    }

    static DocumentContent apply(DocumentContent content, List<EpubToc.Entry> toc, Map<String, Placed> files) {
        List<Block> blocks = content.blocks();
        Map<Integer, Integer> depthOfHeading = new HashMap<>();
        for (EpubToc.Entry entry : toc) {
            Placed placed = files.get(entry.file());
            if (placed == null) {
                continue;
            }
            int target = entry.fragment().isEmpty() ? placed.start()
                    : placed.anchors().getOrDefault(entry.fragment(), placed.start());
            int heading = headingFrom(blocks, target, placed.end());
            if (heading >= 0) {
                depthOfHeading.putIfAbsent(heading, entry.depth());
            }
        }
        long headings = blocks.stream().filter(b -> b.kind() == BlockKind.HEADING).count();
        if (depthOfHeading.isEmpty() || depthOfHeading.size() * 2L < headings) {
            return content;
        }
        List<Block> out = new ArrayList<>(blocks.size());
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b.kind() != BlockKind.HEADING) {
                out.add(b);
            } else if (depthOfHeading.containsKey(i)) {
                out.add(new Block(BlockKind.HEADING, b.start(), b.end(), depthOfHeading.get(i)));
            } else {
                out.add(new Block(BlockKind.PARAGRAPH, b.start(), b.end(), 0));
            }
        }
        return new DocumentContent(content.text(), out, content.marks());
    }

    /** The index of the first heading among the few blocks from {@code offset} up to {@code end}, or -1. */
    private static int headingFrom(List<Block> blocks, int offset, int end) {
        int seen = 0;
        for (int i = 0; i < blocks.size() && seen < HEADING_WITHIN; i++) {
            Block b = blocks.get(i);
            if (b.start() < offset || b.start() == b.end()) {
                continue;
            }
            if (b.start() > end) {
                break;
            }
            if (b.kind() == BlockKind.HEADING) {
                return i;
            }
            seen++;
        }
        return -1;
    }
}
