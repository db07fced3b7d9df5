package org.glossa.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.glossa.core.claims.ClaimRow;
import org.glossa.model.Annotation;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** Linking two annotations from the sidebar, following the link, undoing it, and the tag overview's counts. */
class LinksAndTagMapInTheWindowTest extends WindowFixture {
    private static final String CLAIM = "emphatically neutral position";
    private static final String EVIDENCE = "strongpoint";

    private Annotation[] annotateTwo() throws Exception {
        String text = documentText();
        int a = indexOf(text, CLAIM);
        int b = indexOf(text, EVIDENCE);
        interact(() -> window().annotations().highlight(a, a + CLAIM.length(), "yellow", () -> { }));
        waitUntil(() -> shownAnnotations().size() == 1);
        interact(() -> window().annotations().highlight(b, b + EVIDENCE.length(), "green", () -> { }));
        waitUntil(() -> shownAnnotations().size() == 2);
        Annotation claim = shownAnnotations().stream().filter(x -> x.start() == a).findFirst().orElseThrow();
        Annotation evidence = shownAnnotations().stream().filter(x -> x.start() == b).findFirst().orElseThrow();
        return new Annotation[] {claim, evidence};
    }

    @Test
    void linkingFromTheSidebarShowsTheLinkOnBothEndsAndFollowsIt() throws Exception {
        startApp();
        Annotation[] two = annotateTwo();
        interact(() -> window().annotations().selectedProperty().set(two[1]));

        clickOn("#link-to");
        waitUntil(() -> lookup("#link-candidates").tryQuery().isPresent());
        ListView<ClaimRow> candidates = lookup("#link-candidates").queryListView();
        waitUntil(() -> onFx(() -> candidates.getItems().size()) == 1);
        // the chooser's list shows many rows, not one and a bit
        double rowHeight = onFx(() -> from(candidates).lookup(".list-cell").<Node>query().getBoundsInLocal()
                .getHeight());
        assertThat(onFx(candidates::getHeight)).isGreaterThan(8 * rowHeight);
        clickOn(from(candidates).lookup(".list-cell").<Node>query());
        clickOn("OK");

        VBox links = lookup("#link-list").query();
        waitUntil(() -> linkTexts(links).size() == 1);
        assertThat(linkTexts(links).get(0)).startsWith("supports").contains(CLAIM);
        // as tall as its one row, with no scroll bar of its own
        assertThat(onFx(() -> links.lookupAll(".scroll-bar"))).isEmpty();
        Node row = onFx(() -> links.getChildren().get(0));
        assertThat(onFx(links::getHeight)).isLessThan(onFx(() -> row.getBoundsInLocal().getHeight()) + 4);

        // the other end shows it too, and following it comes back here
        interact(() -> window().annotations().selectedProperty().set(two[0]));
        waitUntil(() -> linkTexts(links).size() == 1 && !linkTexts(links).get(0).startsWith("supports"));
        doubleClickOn(from(links).lookup(".link-text").<Node>query());
        waitUntil(() -> onFx(() -> window().annotations().selected() != null
                && window().annotations().selected().id().equals(two[1].id())));
    }

    @Test
    void theTagOverviewCountsTaggedAnnotationsPerDocument() throws Exception {
        startApp();
        Annotation[] two = annotateTwo();
        interact(() -> window().annotations().setTags(two[0], List.of("claim")));
        interact(() -> window().annotations().setTags(two[1], List.of("claim", "evidence")));
        waitUntil(() -> shownAnnotations().stream().allMatch(a -> !a.tags().isEmpty()));

        interact(() -> window().tools().showTagMap());
        GridPane grid = window().tools().tagMapWindow().grid();
        waitUntil(() -> onFx(() -> cellTexts(grid)).containsAll(List.of("2", "1")));
        assertThat(onFx(() -> grid.getChildren().stream().filter(n -> n instanceof Label l
                && l.getStyleClass().contains("tagmap-tag")).map(n -> ((Label) n).getText()).toList()))
                .containsExactly("claim", "evidence");
    }

    /** Links the evidence to the claim with "Link to…" and the chooser; the Links box then shows it. */
    private VBox linkWithTheChooser(Annotation[] two) throws Exception {
        interact(() -> window().annotations().selectedProperty().set(two[1]));
        clickOn("#link-to");
        waitUntil(() -> lookup("#link-candidates").tryQuery().isPresent());
        ListView<ClaimRow> candidates = lookup("#link-candidates").queryListView();
        waitUntil(() -> onFx(() -> candidates.getItems().size()) == 1);
        clickOn(from(candidates).lookup(".list-cell").<Node>query());
        clickOn("OK");
        VBox links = lookup("#link-list").query();
        waitUntil(() -> linkTexts(links).size() == 1);
        assertThat(linkTexts(links).get(0)).startsWith("supports").contains(CLAIM);
        return links;
    }

    @Test
    void theCrossOnALinkRemovesItFromBothEnds() throws Exception {
        startApp();
        Annotation[] two = annotateTwo();
        VBox links = linkWithTheChooser(two);

        clickOn(from(links).lookup(".unlink").<Node>query());
        waitUntil(() -> linkTexts(links).isEmpty());
        interact(() -> window().annotations().selectedProperty().set(two[0]));
        interact(() -> window().annotations().selectedProperty().set(two[1]));
        WaitForAsyncUtils.waitForFxEvents();
        waitUntil(() -> linkTexts(links).isEmpty() && !onFx(links::isVisible));
    }

    @Test
    void ctrlZTakesBackALinkOrAnUnlinkAndCtrlYMakesItAgain() throws Exception {
        startApp();
        Annotation[] two = annotateTwo();
        VBox links = linkWithTheChooser(two);

        press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitUntil(() -> status().equals("Undid link."));
        waitUntil(() -> linkTexts(links).isEmpty());
        assertThat(shownAnnotations()).hasSize(2);

        press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
        waitUntil(() -> status().equals("Redid link."));
        waitUntil(() -> linkTexts(links).size() == 1);
        assertThat(linkTexts(links).get(0)).startsWith("supports").contains(CLAIM);

        clickOn(from(links).lookup(".unlink").<Node>query());
        waitUntil(() -> linkTexts(links).isEmpty());

        press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitUntil(() -> status().equals("Undid unlink."));
        waitUntil(() -> linkTexts(links).size() == 1);
        assertThat(linkTexts(links).get(0)).startsWith("supports").contains(CLAIM);
    }

    private String status() {
        return onFx(() -> window().status().messageProperty().get());
    }

    private static List<String> linkTexts(VBox links) {
        return onFx(() -> links.lookupAll(".link-text").stream().map(n -> ((Label) n).getText()).toList());
    }

    private static List<String> cellTexts(GridPane grid) {
        return grid.getChildren().stream().filter(n -> n.getStyleClass().contains("tagmap-cell"))
                .map(n -> ((Label) n).getText()).toList();
    }
}
