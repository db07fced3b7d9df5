package org.glossa.ui.reader;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import javafx.scene.Node;
import javafx.scene.layout.HBox;
import org.fxmisc.richtext.GenericStyledArea;

/**
 * What the reading pane draws beside or under a paragraph: its page number, the bookmark margin
 * and a book's picture. Each feature sets its own layer and the pane gets one factory that
 * composes them, left to right in {@link Layer} order, so no feature replaces another's.
 */
final class ParagraphGraphics {
    /** The layers, in the order they sit left of the text. */
    enum Layer { PAGE, BOOKMARK, FIGURE }

    private final GenericStyledArea<?, ?, ?> area;
    private final Map<Layer, IntFunction<? extends Node>> layers = new EnumMap<>(Layer.class);

    ParagraphGraphics(GenericStyledArea<?, ?, ?> area) {
        this.area = area;
    }

    /** Sets (or, with null, takes away) one layer; the paragraphs on screen are drawn again. */
    void set(Layer layer, IntFunction<? extends Node> graphic) {
        if (graphic == null) {
            if (layers.remove(layer) == null) {
                return;
            }
        } else {
            layers.put(layer, graphic);
        }
        install();
    }

    /** Takes every layer away (a new document, or none). */
    void clear() {
        layers.clear();
        area.setParagraphGraphicFactory(null);
    }

    private void install() {
        if (layers.isEmpty()) {
            area.setParagraphGraphicFactory(null);
            return;
        }
        List<IntFunction<? extends Node>> each = List.copyOf(layers.values());
        area.setParagraphGraphicFactory(paragraph -> {
            List<Node> nodes = new ArrayList<>(each.size());
            for (IntFunction<? extends Node> layer : each) {
                Node node = layer.apply(paragraph);
                if (node != null) {
                    nodes.add(node);
                }
            }
            if (nodes.isEmpty()) {
                return null;
            }
            return nodes.size() == 1 ? nodes.get(0) : new HBox(nodes.toArray(Node[]::new));
        });
    }
}
