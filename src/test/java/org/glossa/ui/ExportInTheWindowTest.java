package org.glossa.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** Exporting from the window: the dialog previews what will be written, with the user's notes. */
class ExportInTheWindowTest extends WindowFixture {

    @Test
    void theExportDialogPreviewsMarkdownWithTheNote() throws Exception {
        startApp();
        var a = highlightQuote("Moscow, however, is in no hurry", "yellow");
        interact(() -> window().annotations().setNote(a, "Patience <script>alert(1)</script>"));
        waitUntil(() -> shownAnnotations().get(0).note().startsWith("Patience"));
        clickOn("#reader");
        press(KeyCode.CONTROL).type(KeyCode.E).release(KeyCode.CONTROL);
        waitUntil(() -> lookup("#export-preview").tryQuery().isPresent());
        TextArea preview = lookup("#export-preview").queryAs(TextArea.class);
        waitUntil(() -> preview.getText().contains("Moscow, however, is in no hurry"));
        assertThat(preview.getText()).contains("title:").contains("Patience").doesNotContain("<script>");
    }
}
