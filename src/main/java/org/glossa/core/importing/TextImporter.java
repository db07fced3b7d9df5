package org.glossa.core.importing;

import org.glossa.model.BlockKind;
import org.glossa.model.DocumentContent;
import org.glossa.model.ImportedDocument;
import org.glossa.model.TextDirection;

/** Plain text: paragraphs are separated by blank lines; lines within one are joined. */
public final class TextImporter implements Importer {
    private static final int TITLE_MAX = 120;

    @Override
    public ImportedDocument read(byte[] bytes, String fileName) throws ImportException {
        String text = TextCleaner.clean(TextDecoder.decode(bytes));
        ContentBuilder out = new ContentBuilder();
        for (String paragraph : text.split("\\n[ \\t]*\\n")) {
            if (paragraph.isBlank()) {
                continue;
            }
            out.startBlock(BlockKind.PARAGRAPH);
            out.text(paragraph);
            out.endBlock();
        }
        DocumentContent content = out.build();
        return new ImportedDocument(titleFrom(content.text(), fileName), null, null, "text", null,
                TextDirection.LTR, content, null);
    }

    /** The first line of the text when it is short enough, else the file name without extension. */
    static String titleFrom(String text, String fileName) {
        String first = text.strip().lines().findFirst().orElse("").strip();
        if (!first.isEmpty() && first.length() <= TITLE_MAX) {
            return first;
        }
        if (fileName != null && !fileName.isBlank()) {
            int dot = fileName.lastIndexOf('.');
            return dot > 0 ? fileName.substring(0, dot) : fileName;
        }
        return first.isEmpty() ? "Untitled" : first.substring(0, TITLE_MAX) + "\u2026";
    }
}
