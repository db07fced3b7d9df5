package org.glossa.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import javafx.scene.control.ListView;
import org.glossa.core.Library;
import org.glossa.core.importing.TextImporter;
import org.glossa.ui.contents.ContentsView;
import org.junit.jupiter.api.Test;

/** A plain-text book's chapters are listed in the Contents tab, parts above chapters, and choosing one goes there. */
class BookContentsInTheWindowTest extends WindowFixture {
    private static final String PROSE = "The rain kept on all afternoon, and nobody in the house went out to see the river.";

    @Test
    void theContentsOfAPlainTextBookListItsPartsAndChaptersAndJumpToThem() throws Exception {
        String book = "THE FLOOD\n\nby A. Writer\n\nPART ONE\n\nCHAPTER I.\n\n" + PROSE + "\n\nCHAPTER II. The Storm\n\n"
                + (PROSE + "\n\n").repeat(40) + "PART TWO\n\nCHAPTER I.\n\n" + (PROSE + "\n\n").repeat(40);
        long id;
        try (Library library = Library.open(libraryFile())) {
            id = library.importDocument(new TextImporter().read(book.getBytes(StandardCharsets.UTF_8), "flood.txt")).id();
        }
        startApp();
        interact(() -> window().documents().open(id));
        waitUntil(() -> onFx(() -> window().reader().document() != null && window().reader().document().id() == id));

        clickOn("Contents");
        waitUntil(() -> lookup("#contents-list").tryQuery().isPresent());
        ListView<ContentsView.Entry> contents = lookup("#contents-list").queryListView();
        waitUntil(() -> onFx(() -> contents.getItems().size()) == 5);
        assertThat(onFx(() -> contents.getItems().stream().map(e -> e.level() + " " + e.title()).toList()))
                .containsExactly("1 PART ONE", "2 CHAPTER I.", "2 CHAPTER II. The Storm", "1 PART TWO", "2 CHAPTER I.");

        ContentsView.Entry storm = onFx(() -> contents.getItems().get(2));
        clickOn(lookup(".list-cell").match((javafx.scene.control.ListCell<ContentsView.Entry> c) -> c.getItem() == storm)
                .queryAs(javafx.scene.Node.class));
        waitUntil(() -> onFx(() -> reader().getCaretPosition()) == storm.offset());
        assertThat(documentText().substring(storm.offset())).startsWith("CHAPTER II. The Storm\n\n" + PROSE);
    }
}
