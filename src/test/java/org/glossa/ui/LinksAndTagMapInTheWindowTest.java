package org.glossa.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.GridPane;
import org.glossa.core.claims.ClaimRow;
import org.glossa.core.organize.AnnotationLink;
import org.glossa.model.Annotation;
import org.junit.jupiter.api.Test;

/** Linking two annotations from the sidebar, following the link, and the tag overview's counts. */
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
        clickOn(from(candidates).lookup(".list-cell").<Node>query());
        clickOn("OK");

        ListView<AnnotationLink> links = lookup("#link-list").queryListView();
        waitUntil(() -> onFx(() -> links.getItems().size()) == 1);
        AnnotationLink out = onFx(() -> links.getItems().get(0));
        assertThat(out.outgoing()).isTrue();
        assertThat(out.otherQuote()).isEqualTo(CLAIM);

        // the other end shows it too, and following it comes back here
        interact(() -> window().annotations().selectedProperty().set(two[0]));
        waitUntil(() -> onFx(() -> links.getItems().size() == 1 && !links.getItems().get(0).outgoing()));
        doubleClickOn(from(links).lookup(".list-cell").<Node>query());
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

    private static List<String> cellTexts(GridPane grid) {
        return grid.getChildren().stream().filter(n -> n.getStyleClass().contains("tagmap-cell"))
                .map(n -> ((Label) n).getText()).toList();
    }
}
