package org.glossa.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import org.glossa.core.search.SearchHit;
import org.glossa.model.Annotation;
import org.glossa.model.HighlightColor;
import org.junit.jupiter.api.Test;

/** What the sidebar says of each annotation, its note editor, and the search panel's hits. */
class SidebarAndSearchInTheWindowTest extends WindowFixture {
    @Test
    void eachSidebarItemShowsItsDateWithAFourDigitYearAndItsColoursMeaning() throws Exception {
        startApp();
        Annotation a = highlightQuote("strongpoint", "green");
        String meaning = HighlightColor.byKey("green").orElseThrow().defaultMeaning();
        String year = String.valueOf(a.created().getYear());
        waitUntil(() -> onFx(() -> lookup(".annotation-meta").queryAll().stream()
                .anyMatch(n -> ((Label) n).getText().contains(year) && ((Label) n).getText().contains(meaning))));
    }

    @Test
    void theNoteEditorGrowsWithItsText() throws Exception {
        startApp();
        Annotation a = highlightQuote("strongpoint", "green");
        interact(() -> window().annotations().selectedProperty().set(a));
        TextArea note = lookup("#note-editor").query();
        double empty = onFx(note::getHeight);
        clickOn(note).write("one\ntwo\nthree\nfour\nfive\nsix\nseven");
        waitUntil(() -> onFx(note::getHeight) > empty * 1.8);
    }

    @Test
    void aSingleClickOpensAHitAndHitsInTextAndAnnotationsLookDifferent() throws Exception {
        startApp();
        Annotation a = highlightQuote("other friend", "yellow");
        interact(() -> window().annotations().setNote(a, "strongpoint noted here"));
        waitUntil(() -> shownAnnotations().stream().anyMatch(x -> !x.note().isEmpty()));
        interact(() -> reader().showParagraphAtTop(0));
        int at = indexOf(documentText(), "strongpoint");

        push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.F);
        waitUntil(() -> lookup("#search-query").query().isFocused());
        write("strongpoint");
        ListView<SearchHit> results = lookup("#search-results").queryListView();
        waitUntil(() -> onFx(() -> results.getItems().stream().map(SearchHit::kind).distinct().count()) == 2);
        // the rows are laid out after the items arrive
        waitUntil(() -> onFx(() -> results.lookupAll(".hit-kind").stream().filter(Node::isVisible)
                .map(n -> ((Label) n).getText()).filter(t -> t != null && !t.isEmpty()).distinct().count()) == 2);
        assertThat(onFx(() -> results.lookupAll(".hit-in-annotation"))).isNotEmpty();
        assertThat(onFx(() -> results.lookupAll(".hit-in-text"))).isNotEmpty();
        // the document's long title is shown whole on every hit, wrapped in the narrow pane, never cut short
        List<String[]> titles = onFx(() -> results.lookupAll(".hit-title").stream().filter(Node::isVisible)
                .map(n -> (Label) n).filter(l -> l.getText() != null && !l.getText().isEmpty())
                .map(l -> new String[] {l.getText(), l.lookupAll(".text").stream()
                        .filter(t -> t instanceof javafx.scene.text.Text && t.getParent() == l)
                        .map(t -> ((javafx.scene.text.Text) t).getText()).findFirst().orElse("")})
                .toList());
        assertThat(titles).isNotEmpty();
        titles.forEach(t -> assertThat(t[1].replaceAll("\\s+", " ")).as("title shown").isEqualTo(t[0]));
        assertThat(titles.get(0)[0]).startsWith("Russia's Timid Approach");

        Node textHit = onFx(() -> results.lookupAll(".hit-in-text").stream()
                .filter(n -> n instanceof ListCell<?> c && c.getItem() != null).findFirst().orElseThrow());
        clickOn(textHit);
        waitUntil(() -> onFx(() -> reader().getCaretPosition()) == at);
    }

    @Test
    void aQuoteThatBeginsAndEndsWithQuotationMarksIsShownInOnePair() throws Exception {
        startApp();
        String quote = "\u201cAnd I thank U.S. President Joe Biden for his clear and unequivocal support\u201d";
        assertThat(highlightQuote(quote, "green").quote().exact()).isEqualTo(quote);
        String shown = onFx(() -> lookup("#annotation-list .annotation-cell .quote").queryAs(Label.class).getText());
        assertThat(shown).isEqualTo("\u201cAnd I thank U.S. President Joe Biden for his clear and unequivocal support\u201d");
    }
}
