package org.glossa.core.citation;

/**
 * Where a reader would cite a passage: the printed page (a PDF's page, an EPUB's page-list
 * page), the EPUB chapter, the nearest heading of a web page or other text, and the web page's
 * address. Any part may be null.
 */
public record Location(String page, String chapter, String section, String url) {
    public static final Location NOWHERE = new Location(null, null, null, null);

    /**
     * The short form tables and exports show: "p. 12", else the chapter, else the section
     * heading, else empty.
     */
    public String label() {
        if (page != null) {
            return "p. " + page;
        }
        if (chapter != null) {
            return chapter;
        }
        return section != null ? section : "";
    }

    /** The short form, or "@" and the offset when the passage has no page, chapter or heading. */
    public String labelOr(int offset) {
        String label = label();
        return label.isEmpty() ? "@" + offset : label;
    }
}
