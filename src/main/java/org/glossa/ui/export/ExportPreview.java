package org.glossa.ui.export;

import java.awt.image.BufferedImage;
import java.nio.IntBuffer;
import java.util.Collection;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.effect.DropShadow;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.ReadOnlyStyledDocument;
import org.fxmisc.richtext.util.UndoUtils;

/**
 * What an export will look like, shown as it will be seen rather than as its source: a document
 * styled as the reading pane styles it (Markdown notes, the annotated HTML page), the first
 * pages of a PDF as pictures, and the text of data files (flashcards, JSON-LD) as they are.
 */
final class ExportPreview {
    /** The width pages are shown at: a page fits the dialog's column without scrolling sideways. */
    static final double PAGE_WIDTH = 560;

    private final StackPane root = new StackPane();
    private final StyleClassedTextArea page = new StyleClassedTextArea();
    private final VirtualizedScrollPane<StyleClassedTextArea> pageScroll = new VirtualizedScrollPane<>(page);
    private final VBox pages = new VBox(14);
    private final ScrollPane pagesScroll = new ScrollPane(pages);
    private final TextArea source = new TextArea();
    private final Label message = new Label();

    ExportPreview() {
        root.setId("export-preview");
        root.setPrefSize(640, 420);
        page.setId("export-preview-page");
        page.getStyleClass().add("reader");
        page.setEditable(false);
        page.setWrapText(true);
        page.setUndoManager(UndoUtils.noOpUndoManager());
        page.setStyle("-fx-padding: 14 28 14 28; -fx-font-family: \"DejaVu Serif\"; -fx-font-size: 15px;");
        page.setAccessibleText("Preview of the export");
        pages.setId("export-preview-pages");
        pages.setAlignment(Pos.TOP_CENTER);
        pages.setPadding(new Insets(14));
        pagesScroll.setFitToWidth(true);
        pagesScroll.getStyleClass().add("export-pages");
        source.setId("export-preview-source");
        source.setEditable(false);
        source.setWrapText(true);
        source.setStyle("-fx-font-family: \"DejaVu Sans Mono\", monospace; -fx-font-size: 12px;");
        message.setWrapText(true);
        message.getStyleClass().add("doc-detail");
        StackPane.setAlignment(message, Pos.CENTER);
        root.getChildren().setAll(pageScroll, pagesScroll, source, message);
        showOnly(message);
    }

    Node node() {
        return root;
    }

    /** A styled document, as the reader would show it. */
    void showDocument(ReadOnlyStyledDocument<Collection<String>, String, Collection<String>> doc) {
        page.replace(0, page.getLength(), doc);
        page.moveTo(0);
        page.showParagraphAtTop(0);
        showOnly(pageScroll);
    }

    /** Pages of a PDF, as pictures scaled to the column. */
    void showPages(List<BufferedImage> images) {
        pages.getChildren().clear();
        for (BufferedImage image : images) {
            ImageView view = new ImageView(toFx(image));
            view.setPreserveRatio(true);
            view.setFitWidth(Math.min(PAGE_WIDTH, image.getWidth()));
            view.setSmooth(true);
            view.setEffect(new DropShadow(8, javafx.scene.paint.Color.rgb(0, 0, 0, 0.35)));
            view.getStyleClass().add("export-page");
            pages.getChildren().add(view);
        }
        pagesScroll.setVvalue(0);
        showOnly(pagesScroll);
    }

    /** A data file's text as it will be written. */
    void showSource(String text) {
        source.setText(text);
        source.positionCaret(0);
        showOnly(source);
    }

    /** A line in place of the preview (while one is being made, or when it cannot be). */
    void showMessage(String text) {
        message.setText(text);
        showOnly(message);
    }

    private void showOnly(Node shown) {
        for (Node n : root.getChildren()) {
            n.setVisible(n == shown);
        }
    }

    private static WritableImage toFx(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] argb = image.getRGB(0, 0, w, h, null, 0, w);
        WritableImage fx = new WritableImage(w, h);
        fx.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), IntBuffer.wrap(argb), w);
        return fx;
    }
}
