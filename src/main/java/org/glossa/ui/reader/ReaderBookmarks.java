package org.glossa.ui.reader;

import java.util.HashSet;
import java.util.Set;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import org.fxmisc.richtext.model.TwoDimensional;
import org.glossa.model.Annotation;
import org.glossa.model.Document;
import org.glossa.ui.StatusLine;
import org.glossa.ui.annotations.AnnotationsViewModel;

/**
 * Bookmarks in the reading pane: Ctrl+D bookmarks the paragraph at the top of the pane (or takes
 * its bookmark away), and every bookmarked paragraph has a ribbon in the margin left of its first
 * line. A bookmark holds the opening words of its paragraph, so it is anchored like a highlight.
 */
public final class ReaderBookmarks {
    /** How much of a paragraph a bookmark quotes at most: enough to recognise it and anchor it. */
    private static final int WORDS_CHARS = 80;
    /** The margin left of the text that holds a bookmark's ribbon. */
    private static final double GUTTER = 16;

    private final ReaderView reader;
    private final AnnotationsViewModel annotations;
    private final StatusLine status;
    /** The paragraphs that carry a bookmark now; null when the margin must be drawn afresh. */
    private Set<Integer> marked;

    public ReaderBookmarks(ReaderView reader, AnnotationsViewModel annotations, StatusLine status) {
        this.reader = reader;
        this.annotations = annotations;
        this.status = status;
        annotations.annotations().addListener((ListChangeListener<Annotation>) change -> {
            boolean touched = false;
            while (change.next() && !touched) {
                touched = change.getRemoved().stream().anyMatch(Annotation::isBookmark)
                        || change.getAddedSubList().stream().anyMatch(Annotation::isBookmark);
            }
            if (touched) {
                refresh();
            }
        });
    }

    /** Draws the margin of a newly opened document (after the reader has shown it). */
    public void documentShown(Document doc) {
        marked = null;
        refresh();
    }

    /** Bookmarks the paragraph at the top of the pane, or removes the bookmark it has. */
    public void toggle() {
        Document doc = reader.document();
        if (doc == null) {
            status.info("Open a document to bookmark a place in it.");
            return;
        }
        var area = reader.area();
        String text = doc.text();
        int par = reader.firstVisibleParagraph();
        // the first paragraph in view with words in it (blank lines separate paragraphs)
        while (par < area.getParagraphs().size() - 1 && area.getParagraph(par).length() == 0) {
            par++;
        }
        int start = area.getAbsolutePosition(par, 0);
        int end = start + area.getParagraph(par).length();
        for (Annotation a : annotations.bookmarks()) {
            if (a.start() >= start && a.start() <= end) {
                annotations.delete(a);
                status.info("Bookmark removed.");
                return;
            }
        }
        if (text.substring(start, end).isBlank()) {
            status.info("Nothing to bookmark here.");
            return;
        }
        annotations.bookmark(start, openingWordsEnd(text, start, end));
    }

    /** Where the opening words of {@code [start, end)} end: the whole paragraph or a word boundary. */
    static int openingWordsEnd(String text, int start, int end) {
        if (end - start <= WORDS_CHARS) {
            return end;
        }
        int cut = start + WORDS_CHARS;
        while (cut > start && !Character.isWhitespace(text.charAt(cut))) {
            cut--;
        }
        if (cut == start) {
            cut = start + WORDS_CHARS; // one long word
            if (Character.isLowSurrogate(text.charAt(cut))) {
                cut++;
            }
        }
        while (cut > start && Character.isWhitespace(text.charAt(cut - 1))) {
            cut--;
        }
        return cut;
    }

    private void refresh() {
        if (reader.document() == null) {
            return;
        }
        var area = reader.area();
        Set<Integer> now = new HashSet<>();
        for (Annotation a : annotations.bookmarks()) {
            if (a.start() <= area.getLength()) {
                now.add(area.offsetToPosition(a.start(), TwoDimensional.Bias.Forward).getMajor());
            }
        }
        if (now.equals(marked)) {
            return;
        }
        marked = Set.copyOf(now);
        Set<Integer> shown = marked;
        // replacing the factory redraws only the paragraphs on screen; every paragraph has the
        // same margin, so the text does not move when a bookmark comes or goes
        reader.graphics().set(ParagraphGraphics.Layer.BOOKMARK, paragraph -> {
            Pane gutter = new Pane();
            gutter.getStyleClass().add("bookmark-margin");
            gutter.setMinWidth(GUTTER);
            gutter.setPrefWidth(GUTTER);
            if (shown.contains(paragraph)) {
                Region ribbon = new Region();
                ribbon.getStyleClass().add("bookmark-ribbon");
                ribbon.setAccessibleText("Bookmark");
                ribbon.setMinSize(10, 15);
                ribbon.setPrefSize(10, 15);
                ribbon.setMaxSize(10, 15);
                ribbon.relocate(0, 4);
                gutter.getChildren().add(ribbon);
            }
            return gutter;
        });
    }
}
