package org.glossa.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.glossa.core.Library;
import org.glossa.core.importing.TextImporter;
import org.glossa.model.Annotation;
import org.glossa.model.Motivation;
import org.glossa.ui.contents.ContentsView;
import org.junit.jupiter.api.Test;

/**
 * Reading a long book: where one is shows in the status line (per cent, or the page of a PDF),
 * Go to and the slider move through it, Contents marks the chapter being read, and Ctrl+D
 * bookmarks the place, which is listed, marked in the margin and kept.
 */
class LongBooksInTheWindowTest extends WindowFixture {
    private static final String PROSE = "The rain kept on all afternoon, and nobody in the house went out to see the river.";

    private long importBook() throws Exception {
        StringBuilder book = new StringBuilder("THE FLOOD\n\nby A. Writer\n\n");
        for (int chapter = 1; chapter <= 10; chapter++) {
            book.append("CHAPTER ").append(chapter).append(".\n\n");
            for (int p = 0; p < 30; p++) {
                book.append("Chapter ").append(chapter).append(", paragraph ").append(p).append(". ").append(PROSE)
                        .append("\n\n");
            }
        }
        try (Library library = Library.open(libraryFile())) {
            return library.importDocument(new TextImporter().read(book.toString().getBytes(StandardCharsets.UTF_8),
                    "flood.txt")).id();
        }
    }

    private void open(long id) throws Exception {
        interact(() -> window().documents().open(id));
        waitUntil(() -> onFx(() -> window().reader().document() != null && window().reader().document().id() == id));
    }

    private String location() {
        return onFx(() -> lookup("#reading-progress").queryAs(Label.class).getText());
    }

    private int percent() {
        String text = location();
        return text.endsWith("%") ? Integer.parseInt(text.substring(0, text.length() - 1)) : -1;
    }

    /** The offset of the paragraph at the top of the reading pane. */
    private int topOffset() {
        return onFx(() -> reader().getAbsolutePosition(window().reader().firstVisibleParagraph(), 0));
    }

    private void goTo(String answer) throws Exception {
        clickOn("#reader");
        press(KeyCode.CONTROL).type(KeyCode.G).release(KeyCode.CONTROL);
        waitUntil(() -> lookup("#go-to-field").tryQuery().isPresent());
        clickOn("#go-to-field").write(answer).type(KeyCode.ENTER);
        waitUntil(() -> lookup("#go-to-field").tryQuery().isEmpty());
    }

    /** The Contents entry a chapter-reading user expects for the top of the pane: the last heading above it. */
    private String expectedChapter(List<ContentsView.Entry> entries) {
        int top = topOffset();
        return entries.stream().filter(e -> e.offset() <= top).reduce((a, b) -> b).map(ContentsView.Entry::title)
                .orElse(null);
    }

    @Test
    void goToTheSliderAndContentsFollowWhereTheReaderIs() throws Exception {
        long id = importBook();
        startApp();
        open(id);
        waitUntil(() -> "0%".equals(location()));

        goTo("50");
        waitUntil(() -> percent() >= 48 && percent() <= 51);
        int half = onFx(() -> documentText().length() / 2);
        assertThat(topOffset()).isBetween(half - 200, half);

        clickOn("Contents");
        waitUntil(() -> lookup("#contents-list").tryQuery().isPresent());
        ListView<ContentsView.Entry> contents = lookup("#contents-list").queryListView();
        waitUntil(() -> onFx(() -> contents.getItems().size()) == 10);
        List<ContentsView.Entry> entries = onFx(() -> List.copyOf(contents.getItems()));
        String middle = expectedChapter(entries);
        assertThat(middle).isIn("CHAPTER 5.", "CHAPTER 6.");
        waitUntil(() -> middle.equals(currentChapter()));
        waitUntil(() -> markedCells().equals(List.of(middle))); // the one row drawn as current

        // a click near the start of the slider goes near the start of the book
        Slider slider = lookup("#reading-slider").queryAs(Slider.class);
        Bounds track = onFx(() -> slider.localToScreen(slider.getBoundsInLocal()));
        clickOn(new Point2D(track.getMinX() + track.getWidth() * 0.12, track.getCenterY()));
        waitUntil(() -> percent() >= 0 && percent() < 25);
        String early = expectedChapter(entries);
        assertThat(early).isIn("CHAPTER 1.", "CHAPTER 2.", "CHAPTER 3.");
        waitUntil(() -> early.equals(currentChapter()));

        // scrolling with the keyboard moves the location too
        int before = percent();
        clickOn("#reader");
        for (int i = 0; i < 6; i++) {
            type(KeyCode.PAGE_DOWN);
        }
        waitUntil(() -> percent() > before);

        goTo("seventy");
        waitUntil(() -> onFx(() -> window().status().errorProperty().get()));
        assertThat(onFx(() -> window().status().messageProperty().get())).contains("per cent");
    }

    private String currentChapter() {
        return onFx(() -> {
            ContentsView.Entry e = window().contents().current();
            return e == null ? null : e.title();
        });
    }

    private List<String> markedCells() {
        return onFx(() -> lookup("#contents-list .list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> c.getPseudoClassStates().stream().anyMatch(p -> p.getPseudoClassName().equals("current")))
                .map(ListCell::getText).toList());
    }

    @Test
    void ctrlDBookmarksThePlaceWhichIsListedMarkedInTheMarginAndKept() throws Exception {
        long id = importBook();
        startApp();
        open(id);
        goTo("30");
        waitUntil(() -> percent() >= 28 && percent() <= 31);
        int top = topOffset();

        press(KeyCode.CONTROL).type(KeyCode.D).release(KeyCode.CONTROL);
        waitUntil(() -> shownAnnotations().stream().anyMatch(Annotation::isBookmark));
        Annotation mark = shownAnnotations().stream().filter(Annotation::isBookmark).findFirst().orElseThrow();
        assertThat(mark.motivation()).isEqualTo(Motivation.BOOKMARKING);
        assertThat(mark.start()).isBetween(top, top + 2);
        assertThat(documentText().substring(mark.start())).startsWith(mark.quote().exact());
        assertThat(mark.quote().exact()).startsWith("Chapter ");
        // not drawn as a highlight, and not in the annotations sidebar
        assertThat(stylesAt(mark.start() + 1)).noneMatch(s -> s.startsWith("hl"));
        assertThat(onFx(() -> lookup("#annotation-list").queryListView().getItems())).isEmpty();

        waitUntil(() -> ribbonsOnScreen() == 1);
        Bounds ribbon = onFx(() -> lookup(".bookmark-ribbon").queryAs(javafx.scene.Node.class)
                .localToScreen(lookup(".bookmark-ribbon").queryAs(javafx.scene.Node.class).getBoundsInLocal()));
        Bounds first = stableBounds(mark.start(), mark.start() + 1);
        assertThat(ribbon.getMaxX()).isLessThanOrEqualTo(first.getMinX()); // in the margin, left of the text
        assertThat(ribbon.getCenterY()).isBetween(first.getMinY(), first.getMaxY());

        clickOn("Contents");
        waitUntil(() -> lookup("#bookmark-list").tryQuery().isPresent());
        ListView<Annotation> list = lookup("#bookmark-list").queryListView();
        waitUntil(() -> onFx(() -> list.getItems().size()) == 1);
        ListCell<?> row = lookup("#bookmark-list .list-cell").match((ListCell<Annotation> c) -> c.getItem() != null)
                .queryAs(ListCell.class);
        assertThat(onFx(row::getText)).startsWith("30% \u00b7 Chapter ").contains(mark.quote().exact().substring(0, 20));

        goTo("90");
        waitUntil(() -> percent() >= 88);
        clickOn(lookup("#bookmark-list .list-cell").match((ListCell<Annotation> c) -> c.getItem() != null)
                .queryAs(ListCell.class));
        waitUntil(() -> onFx(() -> reader().getCaretPosition()) == mark.start());
        waitUntil(() -> percent() >= 28 && percent() <= 31);

        // kept: after a restart the bookmark is listed and marked again
        restartApp();
        open(id);
        clickOn("Contents");
        waitUntil(() -> lookup("#bookmark-list").tryQuery().isPresent());
        ListView<Annotation> again = lookup("#bookmark-list").queryListView();
        waitUntil(() -> onFx(() -> again.getItems().size()) == 1);
        assertThat(onFx(() -> again.getItems().get(0).id())).isEqualTo(mark.id());
        clickOn(lookup("#bookmark-list .list-cell").match((ListCell<Annotation> c) -> c.getItem() != null)
                .queryAs(ListCell.class));
        waitUntil(() -> ribbonsOnScreen() == 1);

        // Ctrl+D where a bookmark is takes it away; Ctrl+Z brings it back
        clickOn("#reader");
        press(KeyCode.CONTROL).type(KeyCode.D).release(KeyCode.CONTROL);
        waitUntil(() -> shownAnnotations().stream().noneMatch(Annotation::isBookmark));
        waitUntil(() -> ribbonsOnScreen() == 0);
        press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitUntil(() -> shownAnnotations().stream().anyMatch(a -> a.id().equals(mark.id()) && a.isBookmark()));
        waitUntil(() -> ribbonsOnScreen() == 1);
    }

    private long ribbonsOnScreen() {
        return onFx(() -> lookup(".bookmark-ribbon").queryAll().stream().filter(n -> n.getScene() != null
                && n.isVisible()).count());
    }

    @Test
    void aPdfShowsThePageBeingReadAndGoesToAPage() throws Exception {
        startApp();
        Path pdf = dir.resolve("pages.pdf");
        try (PDDocument doc = new PDDocument()) {
            for (int page = 1; page <= 4; page++) {
                PDPage p = new PDPage();
                doc.addPage(p);
                try (PDPageContentStream cs = new PDPageContentStream(doc, p)) {
                    cs.beginText();
                    cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                    cs.setLeading(14);
                    cs.newLineAtOffset(72, 720);
                    for (int line = 0; line < 40; line++) {
                        cs.showText("Page " + page + " line " + line + " of a report that goes on.");
                        cs.newLine();
                        if (line % 4 == 3) {
                            cs.newLine();
                        }
                    }
                    cs.endText();
                }
            }
            doc.save(pdf.toFile());
        }
        interact(() -> window().importFiles(List.<File>of(pdf.toFile())));
        waitUntil(() -> window().reader().document() != null && documentText().startsWith("Page 1"));
        waitUntil(() -> "p. 1 of 4".equals(location()));

        goTo("p. 3");
        waitUntil(() -> "p. 3 of 4".equals(location()));
        assertThat(documentText().substring(topOffset())).startsWith("Page 3 line ");
    }
}
