package org.glossa.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

/** A PDF's page numbers stand in the reading pane's margin where each page begins. */
class PageNumbersInTheWindowTest extends WindowFixture {
    @Test
    void theFirstParagraphOfEachPageHasItsPageNumberInTheMargin() throws Exception {
        startApp();
        Path pdf = dir.resolve("three-pages.pdf");
        try (PDDocument doc = new PDDocument()) {
            for (String text : List.of("The first page says little.", "The second page says more.",
                    "The third page says most.")) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                    cs.newLineAtOffset(72, 700);
                    cs.showText(text);
                    cs.endText();
                }
            }
            doc.save(pdf.toFile());
        }
        interact(() -> window().importFiles(List.<File>of(pdf.toFile())));
        waitUntil(() -> window().reader().document() != null && documentText().startsWith("The first page"));

        waitUntil(() -> shownPageNumbers().size() == 3);
        assertThat(shownPageNumbers()).containsExactly("1", "2", "3");
        int second = documentText().indexOf("The second");
        Label two = onFx(() -> lookup(".page-number").queryAllAs(Label.class).stream()
                .filter(l -> l.getText().equals("2")).findFirst().orElseThrow());
        javafx.geometry.Bounds[] seen = new javafx.geometry.Bounds[2];
        interact(() -> {
            seen[0] = reader().getCharacterBoundsOnScreen(second, second + 1).orElseThrow();
            seen[1] = two.localToScreen(two.getBoundsInLocal());
        });
        javafx.geometry.Bounds line = seen[0];
        javafx.geometry.Bounds label = seen[1];
        assertThat(label.getCenterX()).isLessThan(line.getMinX()); // in the margin, left of the text
        assertThat(label.getMinY()).isBetween(line.getMinY() - line.getHeight(), line.getMaxY());
    }

    /** The page labels in the window, top to bottom; read on the FX thread while the reader lays out. */
    private List<String> shownPageNumbers() {
        return onFx(() -> lookup(".page-number").queryAllAs(Label.class).stream().filter(l -> l.getScene() != null)
                .sorted(java.util.Comparator.comparingDouble(l -> l.localToScene(0, 0).getY()))
                .map(Label::getText).filter(t -> !t.isEmpty()).toList());
    }
}
