package org.glossa.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.glossa.core.claims.ClaimRow;
import org.glossa.model.Annotation;
import org.junit.jupiter.api.Test;

/** The Claims, Tag overview and Class packets windows beside the main window. */
class SecondaryWindowsInTheWindowTest extends WindowFixture {
    private static final String CLAIM = "emphatically neutral position";
    private static final String EVIDENCE = "strongpoint";

    private void tagTwo() throws Exception {
        Annotation a = highlightQuote(CLAIM, "yellow");
        Annotation b = highlightQuote(EVIDENCE, "green");
        interact(() -> window().annotations().setTags(a, List.of("claim")));
        interact(() -> window().annotations().setTags(b, List.of("evidence")));
        waitUntil(() -> shownAnnotations().stream().allMatch(x -> !x.tags().isEmpty()));
    }

    @Test
    void openingAClaimBringsTheMainWindowInFrontOfTheClaimsWindow() throws Exception {
        startApp();
        tagTwo();
        interact(() -> window().tools().showClaims());
        Stage claims = window().tools().claimsWindow().stage();
        TableView<ClaimRow> table = lookup("#claims-table").queryTableView();
        waitUntil(() -> onFx(() -> table.getItems().size()) == 2);
        // the filter is not focused on open, so its hint shows
        assertThat(onFx(() -> lookup("#claims-filter").query().isFocused())).isFalse();
        // an owned window is kept above its owner by the window manager: the claims window is not owned
        assertThat(claims.getOwner()).isNull();

        doubleClickOn(from(table).lookup(EVIDENCE).<Node>query());
        waitUntil(() -> onFx(() -> window().annotations().selected() != null
                && window().annotations().selected().quote().exact().equals(EVIDENCE)));
        waitUntil(() -> onFx(() -> stage().isFocused()));
        assertThat(onFx(claims::isShowing)).isTrue();

        // and it closes with the main window
        interact(() -> stage().close());
        waitUntil(() -> !onFx(claims::isShowing));
    }

    @Test
    void clickingATagOverviewCellShowsThoseAnnotationsInTheClaimsTable() throws Exception {
        startApp();
        tagTwo();
        interact(() -> window().tools().showTagMap());
        javafx.scene.layout.GridPane grid = window().tools().tagMapWindow().grid();
        waitUntil(() -> onFx(() -> grid.getChildren().stream().anyMatch(n -> n.getStyleClass().contains("tagmap-cell")
                && "1".equals(((Label) n).getText()))));
        Node evidenceCell = onFx(() -> grid.getChildren().stream().filter(n -> n.getStyleClass().contains("tagmap-cell")
                && "1".equals(((Label) n).getText()) && ((Label) n).getAccessibleText().contains("\u201cevidence\u201d"))
                .findFirst().orElseThrow());
        clickOn(evidenceCell);

        waitUntil(() -> window().tools().claimsWindow() != null
                && onFx(() -> window().tools().claimsWindow().stage().isShowing()));
        TableView<ClaimRow> table = window().tools().claimsWindow().table();
        waitUntil(() -> onFx(() -> table.getItems().size() == 1 && table.getItems().get(0).quote().equals(EVIDENCE)));
        assertThat(lookup("#claims-count").queryLabeled().getText()).startsWith("1 annotation in \u201c");
    }

    @Test
    void escapeClosesTheClassPacketsWindow() throws Exception {
        startApp();
        clickOn(from(lookup(".menu-bar").<Node>query()).lookup("Library").<Node>query());
        clickMenu("Class packets\u2026");
        waitUntil(() -> packets() != null);
        Window packets = packets();
        type(KeyCode.ESCAPE);
        waitUntil(() -> !onFx(packets::isShowing));
    }

    private Window packets() {
        return onFx(() -> Window.getWindows().stream().filter(w -> w instanceof Stage s && s.isShowing()
                && s.getTitle() != null && s.getTitle().toLowerCase(java.util.Locale.ROOT).contains("packet"))
                .findFirst().orElse(null));
    }

    private Stage stage() {
        return (Stage) reader().getScene().getWindow();
    }
}
