package org.glossa.core.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.glossa.core.importing.PlacedPdf.at;
import static org.glossa.core.importing.PlacedPdf.column;

import java.util.ArrayList;
import java.util.List;
import org.glossa.model.Block;
import org.glossa.model.BlockKind;
import org.glossa.model.DocumentContent;
import org.glossa.model.ImportedDocument;
import org.junit.jupiter.api.Test;

/** Paragraphs, headings, running heads and titles of PDFs, judged by the page's layout. */
class PdfLayoutTest {
    private final PdfImporter importer = new PdfImporter();

    private static List<String> blocks(ImportedDocument doc, BlockKind kind) {
        DocumentContent c = doc.content();
        return c.blocks().stream().filter(b -> b.kind() == kind).map(b -> c.text().substring(b.start(), b.end()))
                .toList();
    }

    @Test
    void doubleSpacedLinesJoinAndAFirstLineIndentStartsAParagraph() {
        List<PlacedPdf.Line> page = new ArrayList<>();
        String[] first = {"The committee met on a Tuesday and, after a long", "discussion of the budget, agreed to defer",
            "the vote until spring."};
        String[] second = {"Nobody expected the spring to bring any new", "money, and it did not."};
        float y = 100;
        for (int i = 0; i < first.length; i++, y += 28) {
            page.add(at(i == 0 ? 96 : 72, y, 12, first[i]));
        }
        for (int i = 0; i < second.length; i++, y += 28) {
            page.add(at(i == 0 ? 96 : 72, y, 12, second[i]));
        }
        ImportedDocument doc = importer.read(new PlacedPdf().page(page).bytes(), "minutes.pdf");

        assertThat(blocks(doc, BlockKind.PARAGRAPH)).containsExactly(
                "The committee met on a Tuesday and, after a long discussion of the budget, agreed to defer the vote"
                        + " until spring.",
                "Nobody expected the spring to bring any new money, and it did not.");
    }

    @Test
    void aGapWiderThanTheLineSpacingStartsAParagraphAndAShortSentenceEndEndsOne() {
        List<PlacedPdf.Line> page = new ArrayList<>(column(100, 14,
                "A first paragraph that runs across the whole width of the column",
                "and ends here.",
                "",
                "A second one after a blank line that runs right across the column",
                "to the other side of the page without stopping at all for breath",
                "ends too.",
                "A third one, set flush left with no gap before it, which is the",
                "way many reports are set."));
        ImportedDocument doc = importer.read(new PlacedPdf().page(page).bytes(), "report.pdf");

        assertThat(blocks(doc, BlockKind.PARAGRAPH)).containsExactly(
                "A first paragraph that runs across the whole width of the column and ends here.",
                "A second one after a blank line that runs right across the column to the other side of the page"
                        + " without stopping at all for breath ends too.",
                "A third one, set flush left with no gap before it, which is the way many reports are set.");
    }

    @Test
    void runningHeadsAndPageNumbersGoWhereverTheProducerWroteThem() {
        PlacedPdf pdf = new PlacedPdf();
        for (int p = 1; p <= 4; p++) {
            List<PlacedPdf.Line> page = new ArrayList<>();
            page.add(at(300, 760, 10, Integer.toString(p))); // the foot first, as many producers do
            page.addAll(column(120, 14, "Body text of page " + (char) ('A' + p) + " that goes on.",
                    "More body text here."));
            page.add(at(72, 40, 10, p % 2 == 0 ? "Glossa Quarterly" : "Annotating Well"));
            pdf.page(page);
        }
        ImportedDocument doc = importer.read(pdf.bytes(), "quarterly.pdf");

        assertThat(doc.content().text()).doesNotContain("Glossa Quarterly").doesNotContain("Annotating Well")
                .doesNotContainPattern("(?m)^\\d+$").contains("Body text of page B that goes on. More body text here.");
        assertThat(doc.content().pageAt(doc.content().text().indexOf("page D"))).hasValue(3);
    }

    @Test
    void aWebAddressBrokenAtLineEndsIsOneAddressAgain() {
        List<PlacedPdf.Line> page = column(100, 14, "The source is kept at github.com",
                "/mozilla/pdf.js (https://github.c", "om/mozilla/pdf.j", "s) and is open.");
        ImportedDocument doc = importer.read(new PlacedPdf().page(page).bytes(), "a.pdf");

        assertThat(doc.content().text()).isEqualTo(
                "The source is kept at github.com/mozilla/pdf.js (https://github.com/mozilla/pdf.js) and is open.");
    }

    @Test
    void aWordAfterAnAddressAtALineEndKeepsItsSpace() {
        List<PlacedPdf.Line> page = column(100, 14, "Read more at https://example.org/guide", "before you start.");
        ImportedDocument doc = importer.read(new PlacedPdf().page(page).bytes(), "a.pdf");

        assertThat(doc.content().text()).isEqualTo("Read more at https://example.org/guide before you start.");
    }

    @Test
    void largerTypeIsAHeadingAndGivesTheTitleWhenTheMetadataHasNone() {
        List<PlacedPdf.Line> page = new ArrayList<>();
        page.add(at(72, 80, 24, "Reading in the Margins"));
        page.add(at(72, 130, 16, "Why annotate"));
        page.addAll(column(160, 14, "Readers have always written in books.", "Some of them wrote a lot."));
        ImportedDocument doc = importer.read(new PlacedPdf().page(page).bytes(), "scan_0041.pdf");

        assertThat(doc.title()).isEqualTo("Reading in the Margins");
        assertThat(doc.content().blocks()).filteredOn(b -> b.kind() == BlockKind.HEADING).extracting(Block::level)
                .containsExactly(1, 2);
        assertThat(blocks(doc, BlockKind.HEADING)).containsExactly("Reading in the Margins", "Why annotate");
        assertThat(blocks(doc, BlockKind.PARAGRAPH)).containsExactly(
                "Readers have always written in books. Some of them wrote a lot.");
    }

    @Test
    void aWordProcessorsPlaceholderTitleGivesWayToTheLargestLine() {
        List<PlacedPdf.Line> page = new ArrayList<>();
        page.add(at(72, 80, 22, "Field Notes"));
        page.addAll(column(130, 14, "Notes from the field."));
        byte[] junk = new PlacedPdf().title("Microsoft Word - notes_final2.docx").page(page).bytes();
        byte[] real = new PlacedPdf().title("Field Notes, Spring Term").page(page).bytes();

        assertThat(importer.read(junk, "n.pdf").title()).isEqualTo("Field Notes");
        assertThat(importer.read(real, "n.pdf").title()).isEqualTo("Field Notes, Spring Term");
    }

    @Test
    void bulletsAreListItems() {
        List<PlacedPdf.Line> page = column(100, 14, "Three things:", "• the first thing", "• the second", "thing, continued",
                "• the third");
        ImportedDocument doc = importer.read(new PlacedPdf().page(page).bytes(), "a.pdf");

        assertThat(blocks(doc, BlockKind.LIST_ITEM)).containsExactly("• the first thing", "• the second thing, continued",
                "• the third");
    }
}
