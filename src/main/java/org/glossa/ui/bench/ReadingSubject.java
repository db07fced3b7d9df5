package org.glossa.ui.bench;

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

    /** On the FX thread: highlights {@code [start, end)}; {@code done} runs once it is applied (and saved). */
    void highlight(int start, int end, Runnable done);

    /** On the FX thread: forgets the pane, so that it no longer counts towards the heap. */
    void release();
}
