package org.glossa.core.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.glossa.core.Library;
import org.glossa.model.DocumentResource;
import org.glossa.model.ImportedDocument;
import org.glossa.model.Mark;
import org.glossa.model.MarkKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A book's pictures are kept with it, each figure's caption line marked with the picture it shows. */
class EpubFiguresTest {
    private static final String NAV = "<li><a href=\"text/one.xhtml\">One</a></li>";

    @TempDir
    Path dir;

    static byte[] png(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, 0x336699);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ImportedDocument read(String page, Map<String, byte[]> pictures) {
        return new EpubImporter().read(EpubBookTest.book(EpubBookTest.pages("text/one.xhtml", page), NAV, pictures),
                "b.epub");
    }

    private static List<String> figureLines(ImportedDocument doc) {
        return doc.content().marks().stream().filter(m -> m.kind() == MarkKind.FIGURE)
                .map(m -> m.href() + " | " + doc.content().text().substring(m.start(), m.end())).toList();
    }

    @Test
    void aPictureStandingAloneIsKeptAndItsCaptionLineNamesIt() {
        ImportedDocument doc = read("<h1>One</h1><p>Before the picture.</p>"
                + "<p><img src=\"../images/rabbit.png\" alt=\"The White Rabbit checks his watch\"/></p>"
                + "<figure><img src=\"../images/hall.png\"/><figcaption>The hall of many doors</figcaption></figure>"
                + "<p>After it.</p>", Map.of("images/rabbit.png", png(40, 30), "images/hall.png", png(30, 40)));
        assertThat(doc.content().text()).contains("[Figure: The White Rabbit checks his watch]", "The hall of many doors");
        assertThat(figureLines(doc)).containsExactly(
                "OEBPS/images/rabbit.png | [Figure: The White Rabbit checks his watch]",
                "OEBPS/images/hall.png | The hall of many doors");
        assertThat(doc.resources()).extracting(DocumentResource::name, DocumentResource::mediaType)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("OEBPS/images/rabbit.png", "image/png"),
                        org.assertj.core.groups.Tuple.tuple("OEBPS/images/hall.png", "image/png"));
    }

    @Test
    void aMissingPictureOrOneTheReaderCannotDrawStaysACaptionLineWithoutAMark() {
        ImportedDocument doc = read("<h1>One</h1><p><img src=\"../images/gone.png\" alt=\"A picture not in the book\"/></p>"
                + "<p><img src=\"../images/map.svg\" alt=\"A map of the garden\"/></p>",
                Map.of("images/map.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes()));
        assertThat(doc.content().text()).contains("[Figure: A picture not in the book]", "[Figure: A map of the garden]");
        assertThat(figureLines(doc)).isEmpty();
        assertThat(doc.resources()).isEmpty();
    }

    @Test
    void aPictureOverTheSizeLimitIsLeftOut() {
        byte[] huge = new byte[EpubPictures.MAX_PICTURE_BYTES + 1];
        new java.util.Random(7).nextBytes(huge); // a real picture hardly compresses
        ImportedDocument doc = read("<h1>One</h1><p><img src=\"../images/scan.png\" alt=\"A full-page scan\"/></p>",
                Map.of("images/scan.png", huge));
        assertThat(figureLines(doc)).isEmpty();
        assertThat(doc.resources()).isEmpty();
    }

    @Test
    void theLibraryKeepsABooksPicturesWithItsTextUnchanged() throws Exception {
        byte[] rabbit = png(40, 30);
        ImportedDocument doc = read("<h1>One</h1><p><img src=\"../images/rabbit.png\" alt=\"The White Rabbit\"/></p>"
                + "<p>Down the hole.</p>", Map.of("images/rabbit.png", rabbit));
        try (Library lib = Library.open(dir.resolve("lib.sqlite"))) {
            long id = lib.importDocument(doc).id();
            assertThat(lib.load(id).text()).isEqualTo(doc.content().text());
            List<DocumentResource> kept = lib.resources(id);
            assertThat(kept).hasSize(1);
            assertThat(kept.get(0).name()).isEqualTo("OEBPS/images/rabbit.png");
            assertThat(kept.get(0).bytes()).isEqualTo(rabbit);
            Mark figure = lib.load(id).content().marks().stream().filter(m -> m.kind() == MarkKind.FIGURE).findFirst()
                    .orElseThrow();
            assertThat(figure.href()).isEqualTo("OEBPS/images/rabbit.png");
        }
    }
}
