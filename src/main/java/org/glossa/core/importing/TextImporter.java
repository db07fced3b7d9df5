package org.glossa.core.importing;

import java.util.Map;
import org.glossa.model.BlockKind;
import org.glossa.model.DocumentContent;
import org.glossa.model.ImportedDocument;

/**
 * Plain text: paragraphs are separated by blank lines; the hard-wrapped lines within one are
 * joined. A Project Gutenberg e-book keeps only its body; its licence stays out of the text.
 */
public final class TextImporter implements Importer {
    private static final int TITLE_MAX = 120;

    @Override
    public ImportedDocument read(byte[] bytes, String fileName) throws ImportException {
        String text = TextCleaner.clean(TextDecoder.decode(bytes));
        GutenbergText gutenberg = GutenbergText.parse(text);
        String body = gutenberg == null ? text : gutenberg.body();
        ContentBuilder out = new ContentBuilder();
        int from = 0;
        int n = body.length();
        // a hand-written scan instead of split(regex): it is the hot loop of a 3 MB import
        while (from < n) {
            int end = paragraphEnd(body, from);
            out.startBlock(BlockKind.PARAGRAPH);
            out.cleanText(body.substring(from, end)); // cleaned once above, not per paragraph
            out.endBlock();
            from = end + 1;
        }
        DocumentContent content = out.build();
        String title = gutenberg != null && gutenberg.title() != null ? gutenberg.title() : titleFrom(content.text(), fileName);
        return new ImportedDocument(title, gutenberg == null ? null : gutenberg.author(), null, "text", null,
                Languages.directionOfText(content.text()), content, gutenberg == null ? Map.of() : gutenberg.metadata());
    }

    /** The index of the line end that starts a blank line after {@code from}, or the text's end. */
    private static int paragraphEnd(String s, int from) {
        int i = s.indexOf('\n', from);
        while (i >= 0) {
            int j = i + 1;
            while (j < s.length() && (s.charAt(j) == ' ' || s.charAt(j) == '\t')) {
                j++;
            }
            if (j >= s.length() || s.charAt(j) == '\n') {
                return i;
            }
            i = s.indexOf('\n', j);
        }
        return s.length();
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
