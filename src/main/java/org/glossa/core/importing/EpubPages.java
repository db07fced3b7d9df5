package org.glossa.core.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.glossa.core.citation.PageList;

/**
 * Places an EPUB's page list in the imported text: each page starts at the element its entry
 * points to (a page-break span's id), or at its file's start when the entry names no element.
 */
final class EpubPages {
    private EpubPages() {
    }

    /** The encoded {@link PageList}, or null when the book has no page list or none of it was found. */
    static String of(List<EpubToc.Entry> pages, Map<String, EpubHeadings.Placed> files) {
        List<PageList.Page> placed = new ArrayList<>();
        for (EpubToc.Entry entry : pages) {
            EpubHeadings.Placed file = files.get(entry.file());
            if (file == null) {
                continue;
            }
            Integer offset = entry.fragment().isEmpty() ? Integer.valueOf(file.start()) : file.anchors().get(entry.fragment());
            if (offset != null) {
                placed.add(new PageList.Page(offset, entry.label()));
            }
        }
        return placed.isEmpty() ? null : PageList.encode(placed);
    }
}
