package org.glossa.core.importing;

import java.nio.charset.StandardCharsets;
import org.glossa.model.ImportedDocument;

/**
 * A document from the clipboard: the HTML flavour when there is one (it keeps headings, lists
 * and links), else the plain text. Store the result with {@code Library.importDocument}.
 */
public final class PastedContent {
    private PastedContent() {
    }

    /**
     * @param html      the clipboard's HTML, or null
     * @param plainText the clipboard's plain text, or null
     */
    public static ImportedDocument read(String html, String plainText) throws ImportException {
        ImportedDocument doc = null;
        if (html != null && !html.isBlank()) {
            doc = new HtmlImporter().parse(html, "Pasted text");
        }
        if ((doc == null || doc.content().text().isBlank()) && plainText != null && !plainText.isBlank()) {
            doc = new TextImporter().read(plainText.getBytes(StandardCharsets.UTF_8), "Pasted text");
        }
        if (doc == null || doc.content().text().isBlank()) {
            throw new ImportException("The clipboard holds no text to paste; copy some text first.");
        }
        return doc.withSource(null);
    }
}
