package org.glossa.core.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A book reports its chapters read one by one, and a cancel between two chapters stops the reading there. */
class ImportPartsProgressTest {
    private record Step(int done, int total) {
    }

    private static byte[] book(int chapters) {
        List<String> nameThenBody = new ArrayList<>();
        for (int c = 1; c <= chapters; c++) {
            nameThenBody.add("c" + c + ".xhtml");
            nameThenBody.add("<h1>Chapter " + c + "</h1><p>The river rose in chapter " + c + ".</p>");
        }
        return EpubBookTest.book(EpubBookTest.pages(nameThenBody.toArray(String[]::new)), "", Map.of());
    }

    private static byte[] novel(int chapters) {
        StringBuilder text = new StringBuilder("THE DELTA\n\nby Ann Reed\n\n");
        for (int c = 1; c <= chapters; c++) {
            text.append("CHAPTER ").append(c).append(".\n\n");
            for (int p = 0; p < 3; p++) {
                text.append("The river rose in the spring of year ").append(c)
                        .append(" and the fields\nwent under for a month.\n\n");
            }
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Every step moves on by one, out of the same total, and the last one is the whole. */
    private static void assertCountsUpToTheWhole(List<Step> steps, int total) {
        assertThat(steps).isNotEmpty();
        assertThat(steps).allSatisfy(s -> assertThat(s.total()).isEqualTo(total));
        for (int i = 0; i < steps.size(); i++) {
            assertThat(steps.get(i).done()).as("step " + i).isEqualTo(i + 1);
        }
        assertThat(steps.get(steps.size() - 1)).isEqualTo(new Step(total, total));
    }

    @Test
    void anEpubReportsEachPageOfItsSpine() {
        List<Step> steps = new ArrayList<>();
        var doc = new EpubImporter().read(book(12), "delta.epub", (done, total) -> steps.add(new Step(done, total)), () -> false);
        assertThat(doc.content().text()).contains("chapter 12.");
        assertCountsUpToTheWhole(steps, 13); // the navigation document is in the spine too
    }

    @Test
    void aPlainTextBookReportsTheReadingAndThenEachChapter() {
        List<Step> steps = new ArrayList<>();
        var doc = new TextImporter().read(novel(30), "delta.txt", (done, total) -> steps.add(new Step(done, total)), () -> false);
        assertThat(doc.content().text()).contains("year 30");
        // the text read whole, the title block up to the first chapter, then the 30 chapters
        assertCountsUpToTheWhole(steps, 32);
    }

    @Test
    void aTextWithoutHeadingsIsReadInTwoParts() {
        List<Step> steps = new ArrayList<>();
        new TextImporter().read("One paragraph.\n\nAnother one.\n".getBytes(StandardCharsets.UTF_8), "a.txt",
                (done, total) -> steps.add(new Step(done, total)), () -> false);
        assertCountsUpToTheWhole(steps, 2);
    }

    @Test
    void cancellingBetweenChaptersStopsTheEpubThere() {
        List<Step> steps = new ArrayList<>();
        assertThatThrownBy(() -> new EpubImporter().read(book(12), "delta.epub",
                (done, total) -> steps.add(new Step(done, total)), () -> steps.size() >= 3))
                .isInstanceOf(ImportCancelledException.class);
        assertThat(steps).hasSize(3);
    }

    @Test
    void cancellingBetweenChaptersStopsThePlainText() {
        List<Step> steps = new ArrayList<>();
        assertThatThrownBy(() -> new TextImporter().read(novel(30), "delta.txt",
                (done, total) -> steps.add(new Step(done, total)), () -> steps.size() >= 5))
                .isInstanceOf(ImportCancelledException.class);
        assertThat(steps).hasSize(5);
    }

    @Test
    void aCancelBeforeTheStartReadsNothing() {
        List<Step> steps = new ArrayList<>();
        assertThatThrownBy(() -> new TextImporter().read(novel(3), "delta.txt",
                (done, total) -> steps.add(new Step(done, total)), () -> true)).isInstanceOf(ImportCancelledException.class);
        assertThatThrownBy(() -> new EpubImporter().read(book(3), "delta.epub",
                (done, total) -> steps.add(new Step(done, total)), () -> true)).isInstanceOf(ImportCancelledException.class);
        assertThat(steps).isEmpty();
    }
}
