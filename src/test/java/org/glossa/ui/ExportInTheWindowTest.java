package org.glossa.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.control.ChoiceBox;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;

/**
 * Exporting from the window: the dialog previews what will be written as it will be seen, with
 * the user's notes: Markdown formatted (not its source), the HTML page as the reader shows the
 * document with its highlights, a PDF as pictures of its first pages.
 */
class ExportInTheWindowTest extends WindowFixture {

    @Test
    void theExportDialogShowsEachFormatRenderedWithTheNote() throws Exception {
        startApp();
        var a = highlightQuote("Moscow, however, is in no hurry", "yellow");
        interact(() -> window().annotations().setNote(a, "Patience is **key** <script>alert(1)</script>"));
        waitUntil(() -> shownAnnotations().get(0).note().startsWith("Patience"));
        clickOn("#reader");
        press(KeyCode.CONTROL).type(KeyCode.E).release(KeyCode.CONTROL);
        waitUntil(() -> lookup("#export-preview-page").tryQuery().filter(n -> n.isVisible()).isPresent());

        StyleClassedTextArea page = lookup("#export-preview-page").queryAs(StyleClassedTextArea.class);
        waitUntil(() -> page.getText().contains("Moscow, however, is in no hurry"));
        String markdown = page.getText();
        assertThat(markdown).as("the note, formatted; what was typed is shown as text, not run")
                .contains("Patience is key <script>alert(1)</script>").doesNotContain("**")
                .as("front matter is the file's metadata, not its text").doesNotContain("exported:");
        assertThat(markdown.lines()).noneMatch(line -> line.startsWith("#") || line.startsWith("> "));
        int title = markdown.indexOf("Russia");
        assertThat(onFx(() -> page.getParagraph(page.offsetToPosition(title,
                org.fxmisc.richtext.model.TwoDimensional.Bias.Forward).getMajor()).getParagraphStyle()))
                .as("the document's title is shown as a heading").anyMatch(c -> c.startsWith("p-h"));
        int bold = markdown.indexOf("key");
        assertThat(onFx(() -> page.getStyleAtPosition(bold + 1))).contains("m-bold");

        choose(ExportFormat.HTML);
        waitUntil(() -> !page.getText().equals(markdown) && page.getText().contains("Moscow, however, is in no hurry"));
        String html = page.getText();
        assertThat(html).doesNotContain("<p>").doesNotContain("<mark");
        int quote = html.indexOf("Moscow, however, is in no hurry");
        assertThat(onFx(() -> page.getStyleAtPosition(quote + 2))).as("the highlight is shown in its colour")
                .contains("hl-yellow");

        choose(ExportFormat.PDF);
        waitUntil(() -> lookup("#export-preview-pages").tryQuery().filter(n -> n.isVisible()).isPresent()
                && !lookup("#export-preview-pages").queryAs(VBox.class).getChildren().isEmpty());
        List<ImageView> pages = onFx(() -> lookup("#export-preview-pages").queryAs(VBox.class).getChildren().stream()
                .map(ImageView.class::cast).toList());
        var first = pages.get(0).getImage();
        assertThat(first.getHeight()).as("a page is taller than wide").isGreaterThan(first.getWidth());
        assertThat(first.getWidth()).as("rendered at screen resolution, not a thumbnail").isGreaterThan(500);
        assertThat(pages.get(0).getBoundsInParent().getWidth()).isLessThanOrEqualTo(600);

        press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        waitUntil(() -> lookup("#export-preview").tryQuery().isEmpty());
    }

    /** The formats as the dialog's choice box labels them (the start of each label). */
    private enum ExportFormat {
        HTML("Annotated document, HTML"), PDF("Annotated document, PDF");

        final String label;

        ExportFormat(String label) {
            this.label = label;
        }
    }

    private void choose(ExportFormat f) throws Exception {
        @SuppressWarnings("unchecked")
        ChoiceBox<Object> box = lookup("#export-format").queryAs(ChoiceBox.class);
        clickOn(box);
        clickOn(n -> n instanceof javafx.scene.control.Labeled l && l.getText() != null && l.getText().startsWith(f.label)
                && n.isVisible() && n.getScene() != box.getScene());
        waitUntil(() -> String.valueOf(box.getValue()).startsWith(f.label));
    }
}
