package org.glossa.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.glossa.model.AnchorStatus;
import org.junit.jupiter.api.Test;

/** A web page whose article is unsure says so on import, and File › Show whole page reads it whole. */
class WebPagesInTheWindowTest extends WindowFixture {
    private static final String ARTICLE = "Rivers carry the silt of the mountains down to the sea";

    /** A page whose article is small next to its menu of links. */
    private Path pageWithABigMenu() throws Exception {
        StringBuilder html = new StringBuilder("<html><head><title>Deltas</title></head><body><div><ul>");
        for (int i = 0; i < 120; i++) {
            html.append("<li><a href=\"/s/").append(i).append("\">Menu section number ").append(i).append("</a></li>");
        }
        html.append("</ul></div><article>").append(("<p>" + ARTICLE + ", and the deltas they build are where most"
                + " people on the coast now live, farm and fish.</p>").repeat(4));
        return Files.writeString(dir.resolve("deltas.html"), html.append("</article></body></html>").toString());
    }

    @Test
    void anUnsureArticleIsShownWithAHintAndShowWholePageReplacesItKeepingTheHighlight() throws Exception {
        startApp();
        assertThat(onFx(() -> lookup(n -> n instanceof javafx.scene.control.MenuBar).queryAs(javafx.scene.control.MenuBar.class)
                .getMenus().get(0).getItems().stream().filter(i -> "Show _whole page".equals(i.getText()))
                .findFirst().orElseThrow().isDisable())).as("the sample article is not a web page").isTrue();

        Path page = pageWithABigMenu();
        interact(() -> window().importFiles(List.of(page.toFile())));
        waitUntil(() -> documentText().contains(ARTICLE));
        assertThat(documentText()).doesNotContain("Menu section number 7");
        assertThat(onFx(() -> window().reader().header().isVisible() ? window().reader().header().getText() : ""))
                .as("the title above the text").isEqualTo("Deltas");
        waitUntil(() -> !onFx(() -> window().status().messageProperty().get()).startsWith("Importing"));
        assertThat(onFx(() -> window().status().messageProperty().get()))
                .isEqualTo("Imported 1 document. Showing the article; File \u203a Show whole page reads the full page.");
        highlightQuote("silt of the mountains", "yellow");
        Files.delete(page); // the library keeps its own copy

        clickMenu("File");
        clickMenu("Show whole page");
        waitUntil(() -> documentText().contains("Menu section number 7"));
        assertThat(documentText()).contains(ARTICLE);
        waitUntil(() -> shownAnnotations().size() == 1 && shownAnnotations().get(0).status() != AnchorStatus.ORPHANED);
        int at = documentText().indexOf("silt of the mountains");
        assertThat(shownAnnotations().get(0).start()).isEqualTo(at);
        waitUntil(() -> onFx(() -> window().status().messageProperty().get()).startsWith("Showing the whole page"));
    }
}
