package org.glossa.ui.bench;

import java.util.Collection;
import java.util.List;
import java.util.function.LongConsumer;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.fxmisc.richtext.model.TwoDimensional;
import org.fxmisc.richtext.util.UndoUtils;
import org.glossa.ui.FramePainted;

/**
 * The baseline: a plain RichTextFX area with the same text, font size, wrapping and stylesheet,
 * given every highlight in one {@code setStyleSpans} call, as DESIGN.md recommends anyone to
 * do. It is read-only without undo, like the reader, so the ratio shows Glossa's own cost.
 */
final class BareSubject implements ReadingSubject {
    private static final List<String> NONE = List.of();
    private static final List<String> HIGHLIGHT = List.of("hl", "hl-yellow");
    private static final List<String> ADDED = List.of("hl", "hl-green");

    private final String text;
    private final List<int[]> highlights;
    private StyleClassedTextArea area;

    BareSubject(String text, List<int[]> highlights) {
        this.text = text;
        this.highlights = highlights;
    }

    @Override
    public void load() {
        // the text and spans are handed in: nothing to read
    }

    @Override
    public void show(StackPane root) {
        area = new StyleClassedTextArea();
        area.getStyleClass().add("reader");
        area.setEditable(false);
        area.setWrapText(true);
        area.setUndoManager(UndoUtils.noOpUndoManager());
        area.setStyle("-fx-font-size: 17px;");
        area.replaceText(text);
        area.setStyleSpans(0, spans());
        root.getChildren().setAll(new VirtualizedScrollPane<>(area));
    }

    private StyleSpans<Collection<String>> spans() {
        StyleSpansBuilder<Collection<String>> b = new StyleSpansBuilder<>();
        int cursor = 0;
        for (int[] h : highlights) {
            if (h[0] >= cursor) {
                b.add(NONE, h[0] - cursor);
                b.add(HIGHLIGHT, h[1] - h[0]);
                cursor = h[1];
            }
        }
        b.add(NONE, text.length() - cursor);
        return b.create();
    }

    @Override
    public StyleClassedTextArea area() {
        return area;
    }

    @Override
    public void highlight(int start, int end, Scene scene, LongConsumer doneAt) {
        int par = area.offsetToPosition(start, TwoDimensional.Bias.Forward).getMajor();
        int from = area.getAbsolutePosition(par, 0);
        int to = from + area.getParagraphLength(par);
        StyleSpansBuilder<Collection<String>> b = new StyleSpansBuilder<>();
        b.add(NONE, start - from);
        b.add(ADDED, Math.min(end, to) - start);
        b.add(NONE, Math.max(0, to - end));
        area.setStyleSpans(from, b.create());
        FramePainted.next(scene, doneAt);
    }

    @Override
    public void release() {
        area = null;
    }
}
