package org.glossa.ui.bench;

import java.util.function.LongConsumer;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import org.fxmisc.richtext.StyleClassedTextArea;

/** What the reading figures measure: Glossa's reader, or the bare control it is compared with. */
interface ReadingSubject {
    /** Off the FX thread: what must be read before the document can be shown. */
    void load() throws Exception;

    /** On the FX thread: builds the pane with the document and puts it in {@code root}. */
    void show(StackPane root);

    /** The text area on screen (after {@link #show}). */
    StyleClassedTextArea area();

    /**
     * On the FX thread: highlights {@code [start, end)} and reports to {@code doneAt} the
     * {@code System.nanoTime()} by which it is both on screen (a painted frame shows it) and, where
     * there is a store, saved.
     */
    void highlight(int start, int end, Scene scene, LongConsumer doneAt);

    /**
     * Off the FX thread, before an empty window's heap is taken: drops what a store keeps of the
     * document outside the pane (Glossa's library keeps the text it loaded last), so that the
     * empty window does not count the document.
     */
    default void forgetCached() {
    }

    /** On the FX thread: forgets the pane, so that it no longer counts towards the heap. */
    void release();
}
