package org.glossa.ui.reader;

import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Pane;
import javafx.scene.text.TextFlow;
import org.glossa.core.Library;
import org.glossa.model.Document;
import org.glossa.model.DocumentResource;
import org.glossa.model.Mark;
import org.glossa.model.MarkKind;
import org.glossa.ui.Background;

/**
 * A book's pictures in the reading pane, each under its caption line (the FIGURE mark's line),
 * scaled to the column. The text is untouched: the picture is the caption paragraph's graphic,
 * drawn in room the paragraph leaves below its line, so offsets, selection and highlights on the
 * caption work as on any line. Only paragraphs on screen have graphics, so a long book pays for
 * the pictures in view; the pictures are read and decoded in the background when it opens.
 */
public final class InlineFigures {
    /** Pictures are decoded no wider than this (the widest column); wider ones are scaled down. */
    static final double MAX_WIDTH = 720;
    /** Decoded pixels held for one document: past this, further figures stay caption lines. */
    static final long MAX_PIXELS = 24_000_000L;
    private static final double GAP = 12;

    private final ReaderView reader;
    private final Library library;
    private final Background background;
    /** A decoded picture and what it shows, in words, for screen readers. */
    record Picture(Image image, String description) {
    }

    /** Pictures by pane paragraph, for the document shown; empty when it has none. */
    private Map<Integer, Picture> shown = Map.of();
    private long documentId = -1;

    public InlineFigures(ReaderView reader, Library library, Background background) {
        this.reader = reader;
        this.library = library;
        this.background = background;
        // a wider or narrower column: the pictures on screen are drawn again at the new width
        reader.area().paddingProperty().addListener((obs, old, now) -> {
            if (!shown.isEmpty()) {
                install();
            }
        });
    }

    /** Called once the reader shows {@code doc}: its pictures appear when they are read. */
    public void show(Document doc) {
        shown = Map.of();
        reader.graphics().set(ParagraphGraphics.Layer.FIGURE, null);
        documentId = doc.id();
        List<Mark> figures = doc.content().marks().stream().filter(m -> m.kind() == MarkKind.FIGURE).toList();
        if (figures.isEmpty()) {
            return;
        }
        String text = doc.text();
        background.run(() -> pictures(library.resources(doc.id()), figures, text), pictures -> {
            if (reader.document() != null && reader.document().id() == doc.id() && documentId == doc.id()
                    && !pictures.isEmpty()) {
                shown = pictures;
                install();
            }
        });
    }

    /**
     * Decodes the pictures the figures name, keyed by the pane paragraph of each caption line;
     * each is described by its caption line (the figure's caption, or its alt text).
     */
    static Map<Integer, Picture> pictures(List<DocumentResource> resources, List<Mark> figures, String text) {
        Map<String, byte[]> byName = new HashMap<>();
        resources.forEach(r -> byName.put(r.name(), r.bytes()));
        Map<Integer, Picture> out = new HashMap<>();
        long pixels = 0;
        int paragraph = 0;
        int counted = 0;
        for (Mark m : figures.stream().sorted((a, b) -> Integer.compare(a.start(), b.start())).toList()) {
            for (; counted < m.start(); counted++) {
                if (text.charAt(counted) == '\n') {
                    paragraph++;
                }
            }
            byte[] bytes = byName.get(m.href());
            if (bytes == null || out.containsKey(paragraph)) {
                continue;
            }
            Image image = new Image(new ByteArrayInputStream(bytes));
            if (image.isError() || image.getWidth() <= 0) {
                continue;
            }
            if (image.getWidth() > MAX_WIDTH) {
                image = new Image(new ByteArrayInputStream(bytes), MAX_WIDTH, 0, true, true);
            }
            pixels += (long) (image.getWidth() * image.getHeight());
            if (pixels > MAX_PIXELS) {
                break;
            }
            out.put(paragraph, new Picture(image, description(text.substring(m.start(), Math.min(m.end(), text.length())))));
        }
        return out;
    }

    /** What a screen reader says for a picture: its caption line without the brackets ("[Figure: a hare]" → "Figure: a hare"). */
    static String description(String captionLine) {
        String line = captionLine.strip();
        if (line.startsWith("[") && line.endsWith("]")) {
            line = line.substring(1, line.length() - 1).strip();
        }
        return line.isEmpty() ? "Figure" : line;
    }

    private void install() {
        Map<Integer, Picture> pictures = shown;
        var area = reader.area();
        double column = Math.max(80, area.getWidth() - area.getPadding().getLeft() - area.getPadding().getRight());
        reader.graphics().set(ParagraphGraphics.Layer.FIGURE, paragraph -> {
            Picture picture = pictures.get(paragraph);
            return picture == null ? null : figure(picture, column);
        });
    }

    /** The picture below its caption line: the line's paragraph leaves room for it at its foot. */
    private static Node figure(Picture picture, double column) {
        Image image = picture.image();
        ImageView view = new ImageView(image);
        view.getStyleClass().add("inline-figure");
        view.setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        view.setAccessibleText(picture.description());
        view.setPreserveRatio(true);
        view.setSmooth(true);
        double width = Math.min(image.getWidth(), column);
        view.setFitWidth(width);
        double height = image.getHeight() * width / image.getWidth();
        Pane holder = new Pane(view);
        holder.setManaged(false); // takes no width from the text beside it
        holder.getStyleClass().add("inline-figure-holder");
        whenInParagraphBox(holder, box -> {
            TextFlow line = lineOf(box);
            line.setStyle("-fx-padding: 0 0 " + (height + 2 * GAP) + "px 0;");
            Runnable place = () -> {
                double dx = 0;
                double dy = 0;
                for (Node n = holder.getParent(); n != null && n != box; n = n.getParent()) {
                    dx += n.getLayoutX();
                    dy += n.getLayoutY();
                }
                holder.relocate(line.getLayoutX() + (line.getWidth() - width) / 2 - dx,
                        line.getLayoutY() + line.getHeight() - height - GAP - dy);
            };
            line.boundsInParentProperty().addListener((o, was, is) -> place.run());
            place.run();
        });
        return holder;
    }

    /**
     * Runs {@code then} once {@code node} sits in a paragraph box: as the graphic itself, or in the
     * row of graphics beside others, which is put in its box after the picture is put in it.
     */
    private static void whenInParagraphBox(Node node, java.util.function.Consumer<Parent> then) {
        node.parentProperty().addListener((obs, old, parent) -> {
            if (parent == null) {
                return;
            }
            if (lineOf(parent) != null) {
                then.accept(parent);
            } else {
                whenInParagraphBox(parent, then);
            }
        });
    }

    /** The paragraph's text line: the one text flow beside the graphic in its paragraph box. */
    private static TextFlow lineOf(Parent box) {
        for (Node child : box.getChildrenUnmodifiable()) {
            if (child instanceof TextFlow flow) {
                return flow;
            }
        }
        return null;
    }
}
