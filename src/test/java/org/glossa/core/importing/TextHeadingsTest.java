package org.glossa.core.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.glossa.model.ImportedDocument;
import org.junit.jupiter.api.Test;

/** Chapter and part headings in plain-text books, one form at a time, and what is not one. */
class TextHeadingsTest {
    private static final String PROSE = "It was a long day, and nobody in the house had slept much the night before it.";

    private static ImportedDocument read(String text) throws ImportException {
        return new TextImporter().read(text.getBytes(StandardCharsets.UTF_8), "book.txt");
    }

    private static List<String> contents(String text) throws ImportException {
        return TableOfContents.of(read(text).content()).stream().map(e -> e.level() + " " + e.title()).toList();
    }

    /** Three chapters introduced by the given labels, each followed by prose. */
    private static String chapters(String... labels) {
        StringBuilder b = new StringBuilder();
        for (String label : labels) {
            b.append(label).append("\n\n").append(PROSE).append("\n\n");
        }
        return b.toString();
    }

    @Test
    void chapterLabelsInCapitalsWithRomanNumeralsAndTitles() throws ImportException {
        assertThat(contents(chapters("CHAPTER I.", "CHAPTER II. The Pool of Tears", "CHAPTER III.")))
                .containsExactly("1 CHAPTER I.", "1 CHAPTER II. The Pool of Tears", "1 CHAPTER III.");
    }

    @Test
    void chapterLabelsWithArabicNumbersAndWords() throws ImportException {
        assertThat(contents(chapters("Chapter 1", "Chapter 2", "Chapter Three: The Storm")))
                .containsExactly("1 Chapter 1", "1 Chapter 2", "1 Chapter Three: The Storm");
    }

    @Test
    void partsAndBooksSitAboveTheirChapters() throws ImportException {
        String text = "BOOK ONE\n\nPART I\n\n" + chapters("Chapter 1", "Chapter 2") + "PART II\n\n" + chapters("Chapter 1")
                + "BOOK TWO\n\n" + chapters("Chapter 1");
        assertThat(contents(text)).containsExactly("1 BOOK ONE", "2 PART I", "3 Chapter 1", "3 Chapter 2", "2 PART II",
                "3 Chapter 1", "1 BOOK TWO", "3 Chapter 1");
    }

    @Test
    void bareRomanNumeralsCountWhenTheBookRepeatsThem() throws ImportException {
        assertThat(contents(chapters("I.", "II.", "III", "IV."))).containsExactly("1 I.", "1 II.", "1 III", "1 IV.");
        assertThat(contents(chapters("I."))).isEmpty(); // once is not a pattern
    }

    @Test
    void shortCapitalLinesAreHeadingsInABookWithChapters() throws ImportException {
        String text = "MOBY DICK;\n\nor, THE WHALE.\n\nETYMOLOGY.\n\n" + PROSE + "\n\nEXTRACTS. (Supplied by a Librarian).\n\n" + PROSE + "\n\n"
                + chapters("CHAPTER 1. Loomings.", "CHAPTER 2. The Carpet-Bag.", "CHAPTER 3. The Inn.")
                + "Epilogue\n\n" + PROSE;
        assertThat(contents(text)).containsExactly("1 ETYMOLOGY.", "1 EXTRACTS. (Supplied by a Librarian).",
                "1 CHAPTER 1. Loomings.", "1 CHAPTER 2. The Carpet-Bag.", "1 CHAPTER 3. The Inn.", "1 Epilogue");
    }

    @Test
    void aShortLineOfDialogueBetweenBlankLinesIsNotAHeading() throws ImportException {
        String text = chapters("Chapter 1", "Chapter 2") + "\u201cStop!\u201d\n\n" + PROSE + "\n\nYes, she said.\n\n"
                + "NO!\n\n" + PROSE + "\n\nDAGGOO (grimly). None.\n\n" + PROSE + "\n\nChapter 3 of the report was dull.\n\n"
                + "I\n\n" + PROSE;
        assertThat(contents(text)).containsExactly("1 Chapter 1", "1 Chapter 2");
    }

    @Test
    void capitalLinesAloneDoNotMakeABookOfChapters() throws ImportException {
        assertThat(contents("NOTICE\n\n" + PROSE + "\n\nWARNING\n\n" + PROSE)).isEmpty();
    }

    @Test
    void theBooksOwnContentsListStaysTextAndAddsNoHeadings() throws ImportException {
        String list = "CONTENTS\n\nETYMOLOGY.\n\nCHAPTER 1. Loomings.\n\nCHAPTER 2. The Carpet-Bag.\n\nCHAPTER 3. The Inn.\n\n";
        String text = list + chapters("CHAPTER 1. Loomings.", "CHAPTER 2. The Carpet-Bag.", "CHAPTER 3. The Inn.");
        ImportedDocument doc = read(text);
        assertThat(TableOfContents.of(doc.content())).extracting(TableOfContents.Entry::title)
                .containsExactly("CHAPTER 1. Loomings.", "CHAPTER 2. The Carpet-Bag.", "CHAPTER 3. The Inn.");
        assertThat(TableOfContents.of(doc.content()).get(0).offset()).isGreaterThan(doc.content().text().indexOf(PROSE) - 30);
        assertThat(doc.content().text()).startsWith("CONTENTS\n\nETYMOLOGY.\n\nCHAPTER 1. Loomings.");
    }

    @Test
    void aChaptersTitleOnTheNextLineJoinsItsHeading() throws ImportException {
        ImportedDocument doc = read(chapters("CHAPTER I.\n\nTHE BOY WHO LIVED", "CHAPTER II.\n\nThe Vanishing Glass"));
        assertThat(TableOfContents.of(doc.content())).extracting(TableOfContents.Entry::title)
                .containsExactly("CHAPTER I. THE BOY WHO LIVED", "CHAPTER II. The Vanishing Glass");
        assertThat(doc.content().text()).startsWith("CHAPTER I.\nTHE BOY WHO LIVED\n\n" + PROSE);
    }

    @Test
    void theTitleBlockGivesTitleAndAuthorWithoutAGutenbergHeader() throws ImportException {
        ImportedDocument doc = read("THE TIME MACHINE\n\nAn Invention\n\nby H. G. Wells\n\n" + chapters("I.", "II.", "III."));
        assertThat(doc.title()).isEqualTo("THE TIME MACHINE");
        assertThat(doc.author()).isEqualTo("H. G. Wells");
        assertThat(TableOfContents.of(doc.content())).extracting(TableOfContents.Entry::title).containsExactly("I.", "II.", "III.");
    }

    @Test
    void aBookThatStartsWithItsStoryTakesItsTitleFromTheFileName() throws ImportException {
        ImportedDocument doc = new TextImporter().read(("Happy families are all alike; every unhappy family is unhappy"
                + " in its own way.\n\n" + chapters("Chapter 2", "Chapter 3")).getBytes(StandardCharsets.UTF_8), "anna.txt");
        assertThat(doc.title()).isEqualTo("anna");
    }
}
