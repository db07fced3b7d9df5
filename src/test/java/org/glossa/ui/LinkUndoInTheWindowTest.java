package org.glossa.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import org.glossa.core.claims.ClaimRow;
import org.glossa.model.Annotation;
import org.junit.jupiter.api.Test;

/** A link made with the chooser, and one removed with its ×, are taken back by Ctrl+Z and made again by Ctrl+Y. */
class LinkUndoInTheWindowTest extends WindowFixture {
    private static final String CLAIM = "emphatically neutral position";
    private static final String EVIDENCE = "strongpoint";

    @Test
    void ctrlZTakesBackALinkOrAnUnlinkAndCtrlYMakesItAgain() throws Exception {
        startApp();
        String text = documentText();
        int a = indexOf(text, CLAIM);
        int b = indexOf(text, EVIDENCE);
        interact(() -> window().annotations().highlight(a, a + CLAIM.length(), "yellow", () -> { }));
        waitUntil(() -> shownAnnotations().size() == 1);
        interact(() -> window().annotations().highlight(b, b + EVIDENCE.length(), "green", () -> { }));
        waitUntil(() -> shownAnnotations().size() == 2);
        Annotation evidence = shownAnnotations().stream().filter(x -> x.start() == b).findFirst().orElseThrow();
        interact(() -> window().annotations().selectedProperty().set(evidence));

        clickOn("#link-to");
        waitUntil(() -> lookup("#link-candidates").tryQuery().isPresent());
        ListView<ClaimRow> candidates = lookup("#link-candidates").queryListView();
        waitUntil(() -> onFx(() -> candidates.getItems().size()) == 1);
        clickOn(from(candidates).lookup(".list-cell").<Node>query());
        clickOn("OK");
        VBox links = lookup("#link-list").query();
        waitUntil(() -> linkTexts(links).size() == 1);
        assertThat(linkTexts(links).get(0)).startsWith("supports").contains(CLAIM);

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
}
