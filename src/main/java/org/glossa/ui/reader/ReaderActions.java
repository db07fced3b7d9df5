package org.glossa.ui.reader;

import static org.glossa.ui.MenuItems.item;

import javafx.scene.control.ContextMenu;
import javafx.scene.control.IndexRange;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import org.glossa.model.Annotation;
import org.glossa.model.HighlightColor;
import org.glossa.ui.StatusLine;
import org.glossa.ui.annotations.AnnotationSidebar;
import org.glossa.ui.annotations.AnnotationsViewModel;
import org.glossa.ui.codebook.Codebook;

/**
 * What one does to the reader's selection and highlights: highlight in a colour, note, tag, copy,
 * delete, and select a highlight by clicking it. Reached by single keys (1-8, N, T), the popover
 * over a selection, the context menu, and the window's menus and toolbar.
 */
public final class ReaderActions {
    private final ReaderView reader;
    private final AnnotationsViewModel annotations;
    private final AnnotationSidebar sidebar;
    private final StatusLine status;
    private final Codebook codebook;
    /** The reading pane's own keys, as the Keyboard shortcuts list shows them; {@link #onKeyTyped} binds them. */
    public static final java.util.List<Key> KEYS = java.util.List.of(
            new Key("1 \u2013 8", "highlight the selection in a colour; with no selection, recolour the selected highlight"),
            new Key("N", "add a note to the selection or the selected highlight"),
            new Key("T", "tag the selection or the selected highlight"),
            new Key("Shift+arrows", "select text with the keyboard"),
            new Key("Alt+Left", "back to where you were before following a link (a footnote, a cross-reference)"),
            new Key("Escape", "clear the selection (and close the find bar)"));

    /** A key of the reading pane and what it does. */
    public record Key(String keys, String action) {
    }

    /** Made when first needed: most starts never select text. */
    private SelectionPopover popover;

    public ReaderActions(ReaderView reader, AnnotationsViewModel annotations, AnnotationSidebar sidebar,
            StatusLine status, Codebook codebook) {
        this.reader = reader;
        this.annotations = annotations;
        this.sidebar = sidebar;
        this.status = status;
        this.codebook = codebook;
    }

    /**
     * Wires the reading pane: single keys, undo and redo, Delete, Escape (which first runs
     * {@code onEscape}), clicks on highlights, the popover over a selection and the context menu.
     */
    public void wire(Runnable onEscape) {
        var area = reader.area();
        area.addEventFilter(KeyEvent.KEY_TYPED, this::onKeyTyped);
        area.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            if (reader.selection().getLength() > 0) {
                popover().showForSelection();
            }
        });
        area.selectionProperty().addListener((obs, old, sel) -> {
            if (sel.getLength() == 0) {
                hidePopover();
            }
        });
        HoverNotes.install(reader, annotations);
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() && (e.getCode() == KeyCode.Z || e.getCode() == KeyCode.Y)) {
                if (e.isShiftDown() || e.getCode() == KeyCode.Y) {
                    annotations.redo();
                } else {
                    annotations.undo();
                }
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE && !e.isShortcutDown()) {
                deleteSelected();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                onEscape.run();
                reader.deselect();
                annotations.selectedProperty().set(null);
                e.consume();
            }
        });
        area.setOnMouseClicked(e -> {
            if (e.getClickCount() == 1 && reader.selection().getLength() == 0 && e.isStillSincePress()) {
                var index = reader.characterAt(e.getX(), e.getY());
                selectAt(index.isPresent() ? index.getAsInt() : -1);
            }
        });
        ContextMenu menu = new ContextMenu();
        for (HighlightColor c : HighlightColor.palette()) {
            MenuItem mi = item("", null, () -> highlight(c.key()));
            codebook.follow(() -> mi.setText(codebook.label(c)));
            menu.getItems().add(mi);
        }
        menu.getItems().addAll(new SeparatorMenuItem(),
                item("Add note  (N)", null, this::note),
                item("Add tag  (T)", null, this::tag),
                item("Copy", null, this::copySelection),
                new SeparatorMenuItem(),
                item("Delete annotation", null, this::deleteSelected));
        area.setContextMenu(menu);
    }

    /** Highlights the selection; with no selection, recolours the selected annotation. */
    public void highlight(String color) {
        IndexRange range = trimmedSelection();
        if (range == null) {
            Annotation selected = annotations.selected();
            if (selected != null) {
                annotations.setColor(selected, color);
            } else {
                status.info("Select some text first, then choose a colour.");
            }
            return;
        }
        reader.deselect();
        annotations.highlight(range.getStart(), range.getEnd(), color, () -> { });
    }

    /** Highlights the selection and writes a note on it, or a note on the selected highlight. */
    public void note() {
        if (!highlightThen(sidebar::focusNote)) {
            status.info("Select some text or a highlight to add a note.");
        }
    }

    /** Highlights the selection and tags it, or tags the selected highlight. */
    public void tag() {
        if (!highlightThen(sidebar::focusTags)) {
            status.info("Select some text or a highlight to tag it.");
        }
    }

    /** Highlights the selection, then runs {@code then}; false when there is nothing to act on. */
    private boolean highlightThen(Runnable then) {
        IndexRange range = trimmedSelection();
        if (range != null) {
            reader.deselect();
            annotations.highlight(range.getStart(), range.getEnd(), HighlightColor.DEFAULT.key(), then);
        } else if (annotations.selected() != null) {
            then.run();
        } else {
            return false;
        }
        return true;
    }

    public void copySelection() {
        IndexRange sel = reader.selection();
        if (sel.getLength() > 0) {
            ClipboardContent content = new ClipboardContent();
            content.putString(reader.area().getText(sel.getStart(), sel.getEnd()));
            Clipboard.getSystemClipboard().setContent(content);
        }
    }

    public void deleteSelected() {
        Annotation a = annotations.selected();
        if (a != null) {
            annotations.delete(a);
        }
    }

    /** Scrolls the reader to the selected annotation. */
    public void revealSelected() {
        Annotation a = annotations.selected();
        if (a != null) {
            reader.reveal(a);
        }
    }

    /** The selection without leading and trailing white space; null when nothing is left. */
    public IndexRange trimmedSelection() {
        if (reader.document() == null) {
            return null;
        }
        IndexRange sel = reader.selection();
        String text = reader.document().text();
        int s = sel.getStart();
        int e = Math.min(sel.getEnd(), text.length());
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return s < e ? new IndexRange(s, e) : null;
    }

    /**
     * A click on the text selects the highlight there; clicking again where highlights overlap
     * selects the next one beneath, round again after the last.
     */
    private void selectAt(int offset) {
        if (offset < 0) {
            annotations.selectedProperty().set(null);
            return;
        }
        Annotation next = annotations.nextAt(offset, annotations.selected());
        annotations.selectedProperty().set(next);
        int here = annotations.allAt(offset).size();
        if (next != null && here > 1) {
            status.info("Highlight " + (annotations.allAt(offset).indexOf(next) + 1) + " of " + here
                    + " here; click again for the next.");
        }
    }

    /** The reader's single-key commands: 1-8 highlight, N note, T tag. */
    private void onKeyTyped(KeyEvent e) {
        if (e.isShortcutDown() || e.isAltDown() || e.getCharacter().isEmpty()) {
            return;
        }
        char ch = e.getCharacter().charAt(0);
        if (ch >= '1' && ch <= '8') {
            hidePopover();
            highlight(HighlightColor.palette().get(ch - '1').key());
            e.consume();
        } else if (ch == 'n' || ch == 'N') {
            hidePopover();
            note();
            e.consume();
        } else if (ch == 't' || ch == 'T') {
            hidePopover();
            tag();
            e.consume();
        }
    }

    private SelectionPopover popover() {
        if (popover == null) {
            popover = new SelectionPopover(reader, new SelectionPopover.Actions() {
                @Override
                public void highlight(String color) {
                    ReaderActions.this.highlight(color);
                }

                @Override
                public void note() {
                    ReaderActions.this.note();
                }

                @Override
                public void tag() {
                    ReaderActions.this.tag();
                }

                @Override
                public void copy() {
                    copySelection();
                }
            }, this::onKeyTyped, c -> codebook.meaning(c) + " \u00b7 " + c.key());
        }
        return popover;
    }

    private void hidePopover() {
        if (popover != null) {
            popover.hide();
        }
    }
}
