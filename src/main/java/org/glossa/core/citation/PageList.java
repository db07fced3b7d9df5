package org.glossa.core.citation;

import java.util.ArrayList;
import java.util.List;

/**
 * A book's printed page numbers as the importer found them (an EPUB's page-list navigation),
 * kept in the document's metadata under {@link #KEY} as lines of "offset TAB label": labels are
 * text because books number front matter "xii".
 */
public final class PageList {
    public static final String KEY = "pageList";

    /** One page start: the text offset and the page's label. */
    public record Page(int offset, String label) {
    }

    private PageList() {
    }

    public static String encode(List<Page> pages) {
        StringBuilder b = new StringBuilder();
        for (Page p : pages) {
            b.append(p.offset()).append('\t').append(p.label().replaceAll("\\s+", " ").strip()).append('\n');
        }
        return b.toString();
    }

    /** The pages in offset order; lines that do not parse are skipped. */
    public static List<Page> decode(String encoded) {
        List<Page> pages = new ArrayList<>();
        if (encoded == null) {
            return pages;
        }
        for (String line : encoded.split("\n")) {
            int tab = line.indexOf('\t');
            if (tab <= 0 || tab == line.length() - 1) {
                continue;
            }
            try {
                pages.add(new Page(Integer.parseInt(line.substring(0, tab)), line.substring(tab + 1)));
            } catch (NumberFormatException e) {
                // not a page line
            }
        }
        pages.sort((a, b) -> Integer.compare(a.offset(), b.offset()));
        return pages;
    }
}
