package org.glossa.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import javafx.scene.control.ListView;
import org.glossa.core.Library;
import org.glossa.core.importing.Importers;
import org.junit.jupiter.api.Test;

/** A teacher with several students' work hides one student's layer and shows it again. */
class LayersInTheWindowTest extends WindowFixture {
    private static final String ANA = "emphatically neutral position";
    private static final String BEN = "Moscow, however, is in no hurry";

    private void annotateAs(String author, String quote) {
        try (Library lib = Library.open(libraryFile(), Clock.systemUTC(), new Importers(), author)) {
            lib.annotateQuote(1, quote, 1, "green", "", java.util.List.of());
        }
    }

    @Test
    void hidingAnAuthorsLayerHidesTheirHighlightsAndListEntries() throws Exception {
        annotateAs("Ana", ANA);
        annotateAs("Ben", BEN);
        startApp();
        int ana = indexOf(documentText(), ANA);
        int ben = indexOf(documentText(), BEN);
        waitUntil(() -> shownAnnotations().size() == 2);
        assertThat(window().annotations().authors()).containsExactlyInAnyOrder("Ana", "Ben");
        assertThat(stylesAt(ana)).contains("hl-green");
        ListView<?> list = lookup("#annotation-list").queryAs(ListView.class);

        clickMenu("View");
        clickMenu("Layers (authors)");
        clickMenu("Ana");
        waitUntil(() -> !stylesAt(ana).contains("hl-green"));
        assertThat(stylesAt(ben)).contains("hl-green");
        waitUntil(() -> list.getItems().size() == 1);

        clickMenu("View");
        clickMenu("Layers (authors)");
        clickMenu("Ana");
        waitUntil(() -> stylesAt(ana).contains("hl-green") && list.getItems().size() == 2);
    }
}
