package org.glossa.core.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.glossa.model.BlockKind;
import org.glossa.model.DocumentContent;
import org.glossa.model.ImportedDocument;

/**
 * Plain text: paragraphs are separated by blank lines; the hard-wrapped lines within one are
 * joined. A Project Gutenberg e-book keeps only its body; its licence stays out of the text.
 * Chapter and part headings ({@link TextHeadings}) become HEADING blocks for the Contents; the
 * title and author come from the Gutenberg header, else from the book's title block.
 */
public final class TextImporter implements Importer {
    private static final int TITLE_MAX = 120;
    /** A first paragraph this long that ends like a sentence is the story, not its title. */
    private static final int SENTENCE_WORDS = 6;
    private static final int BYLINE_WITHIN = 6;
    private static final Pattern BYLINE = Pattern.compile("(?i:by)\\s+(\\p{Lu}[^\\n]{1,60})");

    @Override
    public ImportedDocument read(byte[] bytes, String fileName) throws ImportException {
        return read(bytes, fileName, Progress.NONE, () -> false);
    }

    /**
     * Reads the text in parts: the decoding and the search for headings first, then each part of
     * the book that a heading starts (a chapter, a part). {@code progress} hears after each part;
     * {@code cancelled} is asked before each.
     */
    @Override
    public ImportedDocument read(byte[] bytes, String fileName, Progress progress, BooleanSupplier cancelled)
            throws ImportException {
        Importer.stopIfCancelled(cancelled);
        String text = TextCleaner.clean(TextDecoder.decode(bytes));
        GutenbergText gutenberg = GutenbergText.parse(text);
        String body = gutenberg == null ? text : gutenberg.body();
        List<String> paragraphs = new ArrayList<>();
        int from = 0;
        int n = body.length();
        // a hand-written scan instead of split(regex): it is the hot loop of a 3 MB import
        while (from < n) {
            int end = paragraphEnd(body, from);
            String paragraph = body.substring(from, end);
            if (!paragraph.isBlank()) {
                paragraphs.add(paragraph);
            }
            from = end + 1;
        }
        TextHeadings.Result headings = TextHeadings.find(paragraphs);
        int parts = 2; // reading the whole text, and the book up to its second heading
        for (int i = 1; i < paragraphs.size(); i++) {
            parts += headings.level()[i] > 0 ? 1 : 0;
        }
        int done = 1;
        progress.advanced(done, parts);
        ContentBuilder out = new ContentBuilder();
        for (int i = 0; i < paragraphs.size(); i++) {
            if (i > 0 && headings.level()[i] > 0) {
                progress.advanced(++done, parts);
                Importer.stopIfCancelled(cancelled);
            }
            if (headings.subtitle()[i]) {
                continue; // written with the heading before it
            }
            int level = headings.level()[i];
            out.startBlock(level > 0 ? BlockKind.HEADING : BlockKind.PARAGRAPH, level);
            out.cleanText(paragraphs.get(i)); // cleaned once above, not per paragraph
            if (i + 1 < paragraphs.size() && headings.subtitle()[i + 1]) {
                out.lineBreak().cleanText(paragraphs.get(i + 1));
            }
            out.endBlock();
        }
        DocumentContent content = out.build();
        progress.advanced(parts, parts);
        String title = gutenberg != null && gutenberg.title() != null ? gutenberg.title()
                : bookTitle(paragraphs, headings, fileName);
        String author = gutenberg != null && gutenberg.author() != null ? gutenberg.author() : byline(paragraphs, headings);
        return new ImportedDocument(title, author, null, "text", null,
                Languages.directionOfText(content.text()), content, gutenberg == null ? Map.of() : gutenberg.metadata());
    }

    /**
     * The title block at the top of the book: its first paragraph when that is short and not a
     * sentence of the story nor a chapter heading; else the file name.
     */
    private static String bookTitle(List<String> paragraphs, TextHeadings.Result headings, String fileName) {
        if (paragraphs.isEmpty()) {
            return titleFrom("", fileName);
        }
        String first = paragraphs.get(0).strip().replaceAll("\\s+", " ");
        boolean sentence = first.split(" ").length >= SENTENCE_WORDS && first.matches(".*[.!?\u2026\"\u201d]");
        if (sentence || isChapter(paragraphs, headings, 0) || first.length() > TITLE_MAX) {
            return titleFrom(first.length() > TITLE_MAX ? first : "", fileName);
        }
        return first;
    }

    /** A heading with a label such as "Chapter 1"; a title in capitals may be a heading too, but it heads the book. */
    private static boolean isChapter(List<String> paragraphs, TextHeadings.Result headings, int i) {
        return headings.level()[i] > 0 && TextHeadings.kindOf(paragraphs.get(i)) != TextHeadings.Kind.CAPITALS;
    }

    /** "By Herman Melville" among the first few paragraphs, before the first heading. */
    private static String byline(List<String> paragraphs, TextHeadings.Result headings) {
        for (int i = 0; i < Math.min(paragraphs.size(), BYLINE_WITHIN) && !isChapter(paragraphs, headings, i); i++) {
            Matcher m = BYLINE.matcher(paragraphs.get(i).strip());
            if (m.matches()) {
                return m.group(1).strip();
            }
        }
        return null;
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
