package org.glossa.core.citation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.glossa.model.Block;
import org.glossa.model.BlockKind;
import org.glossa.model.DocumentContent;
import org.glossa.model.DocumentInfo;

/**
 * Finds the {@link Location} of any offset of one document. Pages come from the PDF importer's
 * PAGE_BREAK markers or an EPUB's page list; an EPUB's chapter is the nearest heading before the
 * passage at the book's outermost heading level; other documents get the nearest heading of any
 * level (a heading that only repeats the title does not count); web pages add their address.
 */
public final class Locator {
    private final int[] pageStarts;
    private final String[] pageLabels;
    private final int[] headingStarts;
    private final String[] headings;
    private final boolean chapters;
    private final String url;

    private Locator(List<PageList.Page> pages, List<Block> headingBlocks, String text, boolean chapters, String url) {
        pageStarts = pages.stream().mapToInt(PageList.Page::offset).toArray();
        pageLabels = pages.stream().map(PageList.Page::label).toArray(String[]::new);
        headingStarts = headingBlocks.stream().mapToInt(Block::start).toArray();
        headings = headingBlocks.stream().map(b -> text.substring(b.start(), b.end()).replaceAll("\\s+", " ").strip())
                .toArray(String[]::new);
        this.chapters = chapters;
        this.url = url;
    }

    public static Locator of(DocumentInfo info, DocumentContent content, Map<String, String> metadata) {
        List<PageList.Page> pages = new ArrayList<>();
        for (Block b : content.blocks()) {
            if (b.kind() == BlockKind.PAGE_BREAK) {
                pages.add(new PageList.Page(b.start(), Integer.toString(b.level())));
            }
        }
        if (pages.isEmpty()) {
            pages = PageList.decode(metadata.get(PageList.KEY));
        }
        boolean epub = "epub".equalsIgnoreCase(info.format());
        String title = info.title() == null ? "" : info.title().strip().toLowerCase(Locale.ROOT);
        List<Block> all = content.blocks().stream().filter(b -> b.kind() == BlockKind.HEADING && b.end() > b.start())
                .filter(b -> !content.text().substring(b.start(), b.end()).strip().toLowerCase(Locale.ROOT).equals(title))
                .toList();
        List<Block> chosen = all;
        if (epub && !all.isEmpty()) {
            int outermost = all.stream().mapToInt(b -> Math.max(1, b.level())).min().getAsInt();
            chosen = all.stream().filter(b -> Math.max(1, b.level()) == outermost).toList();
        }
        String source = info.source();
        String url = source != null && (source.startsWith("http://") || source.startsWith("https://")) ? source : null;
        return new Locator(pages, chosen, content.text(), epub, url);
    }

    /** Where the passage starting at {@code offset} is cited. */
    public Location at(int offset) {
        int p = lastAtOrBefore(pageStarts, offset);
        int h = lastAtOrBefore(headingStarts, offset);
        String heading = h < 0 ? null : headings[h];
        return new Location(p < 0 ? null : pageLabels[p], chapters ? heading : null, chapters ? null : heading, url);
    }

    private static int lastAtOrBefore(int[] starts, int offset) {
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
        return found;
    }
}
