package org.glossa.core.importing;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/**
 * The explicit limits on reading HTML (web pages and EPUB chapters), so that a hostile page, such
 * as one nested 200,000 elements deep, is read quickly or refused in one sentence instead of
 * keeping the import busy for minutes.
 */
final class HtmlBounds {
    /**
     * Elements nested deeper than this are read as siblings of the deepest level (the parser
     * flattens them, as browsers do past 512); real pages nest a few dozen deep.
     */
    static final int MAX_DEPTH = 256;
    /** A page with more elements than this is refused: no document written to be read has as many. */
    static final int MAX_ELEMENTS = 500_000;
    /**
     * Above this many elements the article is not searched for (readability's scoring slows down
     * past it, and a page this big is a listing or an archive): the page is read whole.
     */
    static final int MAX_ARTICLE_ELEMENTS = 60_000;
    /** The time one page may take to read, checked as it is read. */
    static final long MAX_MILLIS = 30_000;

    private HtmlBounds() {
    }

    /** Parses {@code html} within the depth and element limits; {@code what} names it in a refusal. */
    static Document parse(String html, Parser parser, String what) throws ImportException {
        int tags = startTags(html);
        if (tags > MAX_ELEMENTS) {
            throw new ImportException(what + " has " + tags + " elements, more than the " + MAX_ELEMENTS
                    + " a page may have; it cannot be read as a document.");
        }
        parser.setMaxDepth(MAX_DEPTH);
        return Jsoup.parse(html, "", parser);
    }

    /** Counts start tags ({@code <} followed by a letter) without parsing. */
    static int startTags(String html) {
        int count = 0;
        for (int i = html.indexOf('<'); i >= 0 && i + 1 < html.length(); i = html.indexOf('<', i + 1)) {
            char next = html.charAt(i + 1);
            if (next >= 'a' && next <= 'z' || next >= 'A' && next <= 'Z') {
                count++;
            }
        }
        return count;
    }

    /** A point in time after which reading a page stops with a clear message. */
    static final class Deadline {
        private final long end;
        private final String what;

        Deadline(String what) {
            this(what, MAX_MILLIS);
        }

        Deadline(String what, long millis) {
            this.what = what;
            this.end = System.nanoTime() + millis * 1_000_000;
        }

        /** @throws TooSlow once the time is up */
        void check() {
            if (System.nanoTime() - end > 0) {
                throw new TooSlow(what + " took longer than " + MAX_MILLIS / 1000
                        + " seconds to read and was stopped; it may be built to stall readers.");
            }
        }
    }

    /** Thrown from inside a walk when its deadline has passed; importers turn it into an {@link ImportException}. */
    static final class TooSlow extends RuntimeException {
        TooSlow(String message) {
            super(message, null, false, false);
        }
    }
}
