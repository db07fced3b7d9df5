package org.glossa.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.ProgressBar;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

/** Importing a long PDF shows its pages read in the status line, and Cancel leaves the library as it was. */
class ImportProgressInTheWindowTest extends WindowFixture {
    private static final int PAGES = 400;

    @Test
    void theBarShowsPagesReadAndCancelAddsNothing() throws Exception {
        startApp();
        Path pdf = dir.resolve("long-report.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int p = 1; p <= PAGES; p++) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(font, 11);
                    cs.setLeading(14);
                    cs.newLineAtOffset(72, 720);
                    for (int line = 0; line < 30; line++) {
                        cs.showText("Page " + p + ", line " + line + " of a long report nobody will finish reading.");
                        cs.newLine();
                    }
                    cs.endText();
                }
            }
            doc.save(pdf.toFile());
        }
        int before = window().documents().documents().size();

        interact(() -> window().importFiles(List.<File>of(pdf.toFile())));
        waitUntil(() -> lookup("#import-bar").tryQueryAs(ProgressBar.class)
                .map(bar -> bar.getParent().isVisible() && bar.getProgress() > 0).orElse(false));
        assertThat(lookup("#import-bar").queryAs(ProgressBar.class).getProgress()).isLessThan(1);
        clickOn("#import-bar-cancel");

        waitUntil(() -> !lookup("#import-bar").queryAs(ProgressBar.class).getParent().isVisible());
        waitUntil(() -> window().status().messageProperty().get().contains("cancelled"));
        assertThat(window().documents().documents()).hasSize(before);
        assertThat(window().reader().document().title()).isNotEqualTo("long-report");
    }
}
