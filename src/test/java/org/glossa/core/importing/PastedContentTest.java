package org.glossa.core.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.glossa.model.BlockKind;
import org.glossa.model.ImportedDocument;
import org.junit.jupiter.api.Test;

class PastedContentTest {
    @Test
    void htmlIsPreferredBecauseItKeepsStructure() {
        ImportedDocument doc = PastedContent.read("<h2>Heading</h2><p>Body <b>text</b>.</p>", "Heading Body text.");
        assertThat(doc.content().text()).isEqualTo("Heading\n\nBody text.");
        assertThat(doc.content().blocks().get(0).kind()).isEqualTo(BlockKind.HEADING);
    }

    @Test
    void plainTextIsUsedWhenThereIsNoHtml() {
        assertThat(PastedContent.read(null, "Just words.\n\nTwo paragraphs.").content().text())
                .isEqualTo("Just words.\n\nTwo paragraphs.");
    }

    @Test
    void anEmptyClipboardIsRefused() {
        assertThatThrownBy(() -> PastedContent.read("<p> </p>", "  ")).isInstanceOf(ImportException.class)
                .hasMessageContaining("clipboard");
    }
}
