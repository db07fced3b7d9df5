package org.glossa.ui.reader;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.scene.control.Hyperlink;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import org.fxmisc.richtext.model.TwoDimensional;
import org.glossa.model.Document;

/**
 * The way back after a link into the document (a footnote, a cross-reference): where the reader
 * was is remembered, and "↩ Back" in the status bar or Alt+Left returns there, as in a browser.
 * Several jumps in a row are undone one by one. Opening another document forgets them.
 */
public final class LinkReturns {
    /** More jumps back than anyone retraces; the oldest are forgotten. */
    private static final int MAX_PLACES = 100;
    public static final KeyCombination BACK = new KeyCodeCombination(KeyCode.LEFT, KeyCombination.ALT_DOWN);

    private record Place(long document, int paragraphStart, int caret) {
    }

    private final ReaderView reader;
    private final Deque<Place> places = new ArrayDeque<>();
    private final Hyperlink back = new Hyperlink("\u21a9 Back");

    LinkReturns(ReaderView reader) {
        this.reader = reader;
        back.setId("link-back");
        org.glossa.ui.Tips.on(back, "Back to where you were before the link (Alt+Left)");
        back.setAccessibleText("Back to where you were before the link");
        back.setFocusTraversable(false);
        back.setOnAction(e -> goBack());
        show();
        reader.area().addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (BACK.match(e) && goBack()) {
                e.consume();
            }
        });
        // another document in the pane: its places are not this one's
        reader.area().lengthProperty().addListener((obs, old, now) -> {
            if (!places.isEmpty() && (reader.document() == null || places.peek().document() != reader.document().id())) {
                places.clear();
                show();
            }
        });
    }

    /** The status bar's "↩ Back" link, shown while there is somewhere to go back to. */
    public Hyperlink backLink() {
        return back;
    }

    /** Remembers the place on screen before a jump to {@code target}. */
    void remember() {
        Document doc = reader.document();
        var area = reader.area();
        if (doc == null || area.getVisibleParagraphs().isEmpty()) {
            return;
        }
        int first = area.visibleParToAllParIndex(0);
        places.push(new Place(doc.id(), area.getAbsolutePosition(first, 0), area.getCaretPosition()));
        while (places.size() > MAX_PLACES) {
            places.removeLast();
        }
        show();
    }

    /**
     * Whether a jump to {@code offset} leads back where the last jump started: a note's own link
     * back to its reference ("↩", "back") points into the paragraph the reader followed it from.
     */
    boolean leadsBack(int offset) {
        Document doc = reader.document();
        Place place = places.peek();
        var area = reader.area();
        if (place == null || doc == null || place.document() != doc.id() || place.caret() > area.getLength()
                || offset < 0 || offset > area.getLength()) {
            return false;
        }
        return area.offsetToPosition(place.caret(), TwoDimensional.Bias.Forward).getMajor()
                == area.offsetToPosition(offset, TwoDimensional.Bias.Forward).getMajor();
    }

    /** Returns to the last remembered place; false when there is none. */
    public boolean goBack() {
        Document doc = reader.document();
        Place place = places.poll();
        show();
        if (place == null || doc == null || place.document() != doc.id() || place.caret() > reader.area().getLength()) {
            return false;
        }
        var area = reader.area();
        area.moveTo(place.caret());
        area.showParagraphAtTop(area.offsetToPosition(place.paragraphStart(), TwoDimensional.Bias.Forward).getMajor());
        area.requestFocus();
        return true;
    }

    private void show() {
        back.setVisible(!places.isEmpty());
        back.setManaged(!places.isEmpty());
    }
}
