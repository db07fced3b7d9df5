package org.glossa.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** Edit › Copy as citation puts the selected highlight with its source on the clipboard, in the chosen style. */
class CitationInTheWindowTest extends WindowFixture {

    @Test
    void copyAsCitationPutsTheQuoteAndItsSourceOnTheClipboard() throws Exception {
        startApp();
        interact(() -> Clipboard.getSystemClipboard().clear());
        highlightQuote("Moscow, however, is in no hurry", "yellow");
        clickAnnotationRow("Moscow, however, is in no hurry");
        press(KeyCode.CONTROL, KeyCode.ALT).type(KeyCode.C).release(KeyCode.ALT, KeyCode.CONTROL);
        waitUntil(() -> onFx(() -> Clipboard.getSystemClipboard().hasString()));
        String text = onFx(() -> Clipboard.getSystemClipboard().getString());
        String html = onFx(() -> Clipboard.getSystemClipboard().getHtml());
        // APA 7 by default: "quote" (Surname, n.d.), then the reference entry "Surname, I. (n.d.). Title."
        assertThat(text).startsWith("\u201cMoscow, however, is in no hurry\u201d (Belenkaya, n.d.)")
                .contains("Belenkaya, M. (n.d.).");
        assertThat(html).contains("font-style: italic");

    }
}
