package org.glossa.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Bounds;
import javafx.scene.image.ImageView;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** An imported book's picture is shown in the reading pane under its caption, within the column, described for screen readers. */
class BookFiguresInTheWindowTest extends WindowFixture {
    private static byte[] png(int width, int height) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < width; x++) {
            image.setRGB(x, height / 2, 0x336699);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private List<ImageView> figuresOnScreen() {
        return onFx(() -> lookup(".inline-figure").queryAllAs(ImageView.class).stream()
                .filter(v -> v.getScene() != null).toList());
    }

    @Test
    void aBooksPictureShowsUnderItsCaptionScaledToTheColumnAndTheTextIsUnchanged() throws Exception {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("one.xhtml", "<h1>Down the Hole</h1><p>Alice was beginning to get very tired of sitting by her sister.</p>"
                + "<p><img src=\"rabbit.png\" alt=\"The White Rabbit checks his watch\"/></p>"
                + "<p>So she was considering in her own mind what the pleasure of making a daisy-chain would be worth.</p>");
        Path book = Files.write(dir.resolve("alice.epub"),
                TestBooks.epub("Down the Hole", pages, Map.of("rabbit.png", png(2000, 1000))));
        startApp();
        interact(() -> window().importFiles(List.of(book.toFile())));
        waitUntil(() -> documentText().contains("daisy-chain") && reader().getLength() == documentText().length());
        waitUntil(() -> !figuresOnScreen().isEmpty());

        ImageView figure = figuresOnScreen().get(0);
        String caption = "[Figure: The White Rabbit checks his watch]";
        assertThat(documentText()).contains(caption); // the text (and so every offset) is what it was
        assertThat(onFx(figure::getAccessibleRole)).isEqualTo(javafx.scene.AccessibleRole.IMAGE_VIEW);
        assertThat(onFx(figure::getAccessibleText)).as("what a screen reader says")
                .isEqualTo("Figure: The White Rabbit checks his watch");
        int at = indexOf(documentText(), caption);
        Bounds line = stableBounds(at, at + caption.length());
        Bounds picture = onFx(() -> figure.localToScreen(figure.getBoundsInLocal()));
        double column = onFx(() -> reader().getWidth() - reader().getPadding().getLeft() - reader().getPadding().getRight());
        assertThat(picture.getWidth()).as("scaled to the column").isLessThanOrEqualTo(column + 1).isGreaterThan(100);
        assertThat(picture.getHeight()).isCloseTo(picture.getWidth() / 2, org.assertj.core.data.Offset.offset(2.0));
        assertThat(picture.getMinY()).as("under its caption line").isGreaterThanOrEqualTo(line.getMaxY() - 1);
        int next = indexOf(documentText(), "So she was considering");
        Bounds after = stableBounds(next, next + 6);
        assertThat(after.getMinY()).as("the next paragraph comes after the picture").isGreaterThanOrEqualTo(picture.getMaxY());
    }
}
