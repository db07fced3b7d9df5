package org.glossa.ui.reader;

import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.fxmisc.richtext.StyleClassedTextArea;

/**
 * Selecting with the mouse takes whole words, as e-readers do: a drag that starts or ends inside
 * a word takes all of it, so a quote never starts with "ed bilateral" or ends with "trad". A drag
 * with Alt held selects exactly what it covers; double-click (a word) and triple-click (a
 * paragraph) and Shift+arrows are left as they are.
 */
final class WordSnapping {
    private final StyleClassedTextArea area;
    /** Where the drag began, as a character offset; -1 when no snapping drag is under way. */
    private int pressedAt = -1;
    /** Whether the selection is being changed here, not by the pointer. */
    private boolean snapping;

    private WordSnapping(StyleClassedTextArea area) {
        this.area = area;
    }

    static void install(StyleClassedTextArea area) {
        WordSnapping snapping = new WordSnapping(area);
        area.addEventFilter(MouseEvent.MOUSE_PRESSED, snapping::pressed);
        area.addEventFilter(MouseEvent.MOUSE_RELEASED, snapping::released);
        // the area moves the selection with the pointer (on drag and on release): snap each move
        area.selectionProperty().addListener((obs, old, now) -> snapping.selectionMoved());
    }

    private void pressed(MouseEvent e) {
        boolean inSelection = false;
        int at = area.hit(e.getX(), e.getY()).getInsertionIndex();
        if (area.getSelection().getLength() > 0) {
            inSelection = at >= area.getSelection().getStart() && at < area.getSelection().getEnd();
        }
        pressedAt = e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 1 && !e.isAltDown()
                && !e.isShiftDown() && !inSelection ? at : -1;
    }

    private void released(MouseEvent e) {
        // the area takes the release after this filter; the gesture ends once it has
        javafx.application.Platform.runLater(() -> pressedAt = -1);
    }

    private void selectionMoved() {
        if (pressedAt >= 0 && !snapping && area.getSelection().getLength() > 0) {
            snapping = true;
            try {
                snapTo(area.getCaretPosition());
            } finally {
                snapping = false;
            }
        }
    }

    private void snapTo(int pointer) {
        if (pointer == pressedAt) {
            return;
        }
        String text = area.getText();
        int from = Math.min(pressedAt, pointer);
        int to = Math.max(pressedAt, pointer);
        int start = wordStart(text, from);
        int end = wordEnd(text, to);
        if (pointer < pressedAt) {
            area.selectRange(end, start);
        } else {
            area.selectRange(start, end);
        }
    }

    /** The start of the word {@code offset} is inside, or {@code offset} when it is between words. */
    static int wordStart(CharSequence text, int offset) {
        int s = Math.max(0, Math.min(offset, text.length()));
        while (s > 0 && inWord(text, s - 1)) {
            s--;
        }
        return s;
    }

    /** The end of the word {@code offset} is inside, or {@code offset} when it is between words. */
    static int wordEnd(CharSequence text, int offset) {
        int e = Math.max(0, Math.min(offset, text.length()));
        while (e < text.length() && inWord(text, e)) {
            e++;
        }
        return e;
    }

    /**
     * Whether the character at {@code i} belongs to a word: letters, digits and combining marks,
     * and an apostrophe or hyphen with a letter or digit on both sides ("don't", "go-between").
     */
    private static boolean inWord(CharSequence text, int i) {
        char c = text.charAt(i);
        if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
                || Character.isSurrogate(c)) {
            return true;
        }
        if (c == '\'' || c == '\u2019' || c == '-' || c == '\u00ad') {
            return i > 0 && i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i - 1))
                    && Character.isLetterOrDigit(text.charAt(i + 1));
        }
        return false;
    }
}
