package org.glossa.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.glossa.core.claims.ClaimRow;
import org.glossa.core.organize.LibraryRow;
import org.glossa.core.search.SearchHit;
import org.glossa.model.Annotation;
import org.glossa.ui.claims.ClaimsViewModel;
import org.junit.jupiter.api.Test;

/** An analyst's session: search the library, open a hit, browse the library table and the claims table. */
class LibraryToolsInTheWindowTest extends WindowFixture {
    /** A word that occurs once, near the end of the sample article, well below the first screen. */
    private static final String WORD = "strongpoint";

    @Test
    void searchingTheLibraryAndOpeningAHitPutsTheReaderAtIt() throws Exception {
        startApp();
        interact(() -> reader().showParagraphAtTop(0));
        int at = indexOf(documentText(), WORD);

        push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.F);
        waitUntil(() -> lookup("#search-query").query().isFocused());
        write(WORD);
        ListView<SearchHit> results = lookup("#search-results").queryListView();
        waitUntil(() -> onFx(() -> results.getItems().size()) == 1);
        SearchHit hit = onFx(() -> results.getItems().get(0));
        assertThat(hit.start()).isEqualTo(at);
        assertThat(hit.snippet().substring(hit.marks().get(0).start(), hit.marks().get(0).end()))
                .isEqualToIgnoringCase(WORD);
        assertThat(lookup("#search-summary").queryLabeled().getText()).isEqualTo("1 match.");

        type(KeyCode.ENTER); // from the field to the first result
        type(KeyCode.ENTER); // opens it
        waitUntil(() -> onFx(() -> reader().getCaretPosition()) == at);
        assertThat(stylesAt(at)).contains("find-current");
        stableBounds(at, at + WORD.length()); // on screen: bounds exist only for visible text
    }

    @Test
    void theLibraryTableListsSortsFiltersAndOpensDocuments() throws Exception {
        startApp();
        Path zebra = dir.resolve("zebra.txt");
        Files.writeString(zebra, "Zebra crossings\n\nA short note about zebra crossings in Moscow.\n");
        interact(() -> window().importFiles(List.of(zebra.toFile())));
        waitUntil(() -> onFx(() -> window().documents().documents().size()) == 2);

        push(KeyCode.CONTROL, KeyCode.L);
        waitUntil(() -> lookup("#library-table").tryQuery().isPresent());
        TableView<LibraryRow> table = lookup("#library-table").queryTableView();
        waitUntil(() -> onFx(() -> table.getItems().size()) == 2);

        clickOn(from(table).lookup("Title").<javafx.scene.Node>query());
        assertThat(titles(table).get(0)).contains("Timid Approach");
        clickOn(from(table).lookup("Title").<javafx.scene.Node>query());
        assertThat(isZebra(titles(table).get(0))).isTrue();

        clickOn("#library-filter").write("zebra");
        waitUntil(() -> titles(table).size() == 1);
        assertThat(lookup("#library-count").queryLabeled().getText()).isEqualTo("1 of 2 documents");
        eraseText(5);
        waitUntil(() -> titles(table).size() == 2);

        // opening the sample from the table (it is not the open document after the import)
        String sample = titles(table).stream().filter(t -> t.contains("Timid")).findFirst().orElseThrow();
        doubleClickOn(from(table).lookup(sample).<javafx.scene.Node>query());
        waitUntil(() -> onFx(() -> window().reader().document() != null
                && window().reader().document().title().equals(sample)));

        // opening brought the reading window to the front; back to the library window
        push(KeyCode.CONTROL, KeyCode.L);
        waitUntil(() -> onFx(() -> window().tools().libraryWindow().stage().isFocused()));
        // delete the zebra note, then undo
        String zebraTitle = titles(table).stream().filter(LibraryToolsInTheWindowTest::isZebra).findFirst().orElseThrow();
        clickOn(from(table).lookup(zebraTitle).<javafx.scene.Node>query());
        clickOn("#library-delete");
        waitUntil(() -> titles(table).size() == 1);
        clickOn("#library-undo");
        waitUntil(() -> titles(table).size() == 2);

        // deleting the document that is open closes it in the reader
        clickOn(from(table).lookup(sample).<javafx.scene.Node>query());
        clickOn("#library-delete");
        waitUntil(() -> onFx(() -> window().reader().document() == null));
        clickOn("#library-undo");
        waitUntil(() -> titles(table).size() == 2);
    }

    @Test
    void theRowsTheReaderSelectedStaySelectedWhenTheTableReloads() throws Exception {
        startApp();
        Path zebra = dir.resolve("zebra.txt");
        Files.writeString(zebra, "Zebra crossings\n\nA short note about zebra crossings in Moscow.\n");
        interact(() -> window().importFiles(List.of(zebra.toFile())));
        waitUntil(() -> onFx(() -> window().documents().documents().size()) == 2);
        // the import opened the zebra note
        waitUntil(() -> onFx(() -> window().reader().document() != null && isZebra(window().reader().document().title())));
        long zebraId = onFx(() -> window().reader().document().id());

        push(KeyCode.CONTROL, KeyCode.L);
        waitUntil(() -> lookup("#library-table").tryQuery().isPresent());
        TableView<LibraryRow> table = lookup("#library-table").queryTableView();
        waitUntil(() -> titles(table).size() == 2);
        clickOn(from(table).lookup(titles(table).get(0)).<javafx.scene.Node>query());
        press(KeyCode.CONTROL);
        clickOn(from(table).lookup(titles(table).get(1)).<javafx.scene.Node>query());
        release(KeyCode.CONTROL);
        waitUntil(() -> onFx(() -> table.getSelectionModel().getSelectedItems().size()) == 2);

        // a highlight made in the reading window changes the zebra note's row (its annotation count)
        int at = indexOf(documentText(), "crossings in Moscow");
        interact(() -> window().annotations().highlight(at, at + "crossings".length(), "yellow", () -> { }));
        waitUntil(() -> onFx(() -> table.getItems().stream()
                .anyMatch(r -> r.info().id() == zebraId && r.info().annotationCount() == 1)));
        assertThat(onFx(() -> table.getSelectionModel().getSelectedItems().stream()
                .map(r -> r.info().id()).sorted().toList()))
                .containsExactlyElementsOf(onFx(() -> table.getItems().stream().map(r -> r.info().id()).sorted().toList()));
    }

    @Test
    void collectionsAreCreatedFilledAndFilterTheTable() throws Exception {
        startApp();
        String title = documentText().lines().findFirst().orElseThrow();
        push(KeyCode.CONTROL, KeyCode.L);
        waitUntil(() -> lookup("#library-table").tryQuery().isPresent());
        TableView<LibraryRow> table = lookup("#library-table").queryTableView();
        waitUntil(() -> titles(table).size() == 1);

        clickOn("#collection-new");
        waitUntil(() -> lookup(".dialog-pane .text-field").tryQuery().isPresent());
        clickOn(".dialog-pane .text-field").write("Middle East").type(KeyCode.ENTER);
        ListView<?> collections = lookup("#collection-list").queryListView();
        waitUntil(() -> onFx(() -> collections.getItems().size()) == 2);

        // What a drop on the collection does. The robot's drag and drop is not used: Monocle's
        // DnD loop throws a NullPointerException in View.notifyDragLeave in a full test run.
        interact(() -> {
            var model = window().tools().libraryTableModel();
            model.addToCollection(model.collections().get(0), List.of(model.rows().get(0).info().id()));
        });
        waitUntil(() -> onFx(() -> table.getItems().get(0).collections()).equals(List.of("Middle East")));

        clickOn(from(collections).lookup("Middle East  (1)").<javafx.scene.Node>query());
        waitUntil(() -> titles(table).size() == 1);
        clickOn(from(collections).lookup("All documents").<javafx.scene.Node>query());
        assertThat(title).isNotBlank();
    }

    @Test
    void theClaimsTableListsAnnotationsFiltersAndCopiesTsv() throws Exception {
        startApp();
        String text = documentText();
        int first = indexOf(text, "emphatically neutral position");
        int second = indexOf(text, WORD);
        interact(() -> window().annotations().highlight(first, first + "emphatically neutral position".length(),
                "yellow", () -> { }));
        waitUntil(() -> shownAnnotations().size() == 1);
        interact(() -> window().annotations().highlight(second, second + WORD.length(), "green", () -> { }));
        waitUntil(() -> shownAnnotations().size() == 2);
        Annotation tagged = shownAnnotations().stream().filter(a -> a.start() == second).findFirst().orElseThrow();
        interact(() -> window().annotations().setTags(tagged, List.of("claim/strength")));
        waitUntil(() -> shownAnnotations().stream().anyMatch(a -> !a.tags().isEmpty()));
        interact(() -> reader().showParagraphAtTop(0));

        // the menu bar's Library, not the left pane's Library tab
        clickOn(from(lookup(".menu-bar").<javafx.scene.Node>query()).lookup("Library").<javafx.scene.Node>query());
        clickMenu("Claims table\u2026");
        TableView<ClaimRow> table = lookup("#claims-table").queryTableView();
        waitUntil(() -> onFx(() -> table.getItems().size()) == 2);

        clickOn("#claims-filter").write("tag:claim");
        waitUntil(() -> onFx(() -> table.getItems().size()) == 1);
        ClaimRow row = onFx(() -> table.getItems().get(0));
        assertThat(row.quote()).isEqualTo(WORD);
        assertThat(row.tags()).containsExactly("claim/strength");

        String tsv = ClaimsViewModel.tsv(onFx(() -> window().tools().claimsWindow().rowsToCopy()));
        String[] lines = tsv.split("\r?\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).startsWith("document_id\t");
        assertThat(lines[1]).contains("\t" + WORD + "\t").contains("claim/strength").contains("green");

        // Export CSV… writes what the filter shows (the file chooser is the only part not driven here)
        Path csv = dir.resolve("claims.csv");
        interact(() -> window().tools().claimsWindow().model().exportCsv(csv));
        waitUntil(() -> window().status().messageProperty().get().startsWith("Exported 1 annotation"));
        String written = Files.readString(csv);
        assertThat(written).startsWith("\uFEFFdocument_id,");
        assertThat(written.split("\r?\n")).hasSize(2);
        assertThat(written).contains(WORD).contains("claim/strength").doesNotContain("emphatically");

        doubleClickOn(from(table).lookup(WORD).<javafx.scene.Node>query());
        waitUntil(() -> onFx(() -> window().annotations().selected() != null
                && window().annotations().selected().id().equals(tagged.id())));
        stableBounds(second, second + WORD.length()); // the passage is on screen
    }

    private static boolean isZebra(String title) {
        return title.toLowerCase(java.util.Locale.ROOT).contains("zebra");
    }

    private List<String> titles(TableView<LibraryRow> table) {
        return onFx(() -> table.getItems().stream().map(r -> r.info().title()).toList());
    }
}
