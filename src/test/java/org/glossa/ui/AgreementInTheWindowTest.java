package org.glossa.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Window;
import org.glossa.core.Library;
import org.glossa.core.importing.Importers;
import org.junit.jupiter.api.Test;

/** Library › Coders' agreement…: the figures per code, and a disagreement opened in the reader. */
class AgreementInTheWindowTest extends WindowFixture {
    private static final String ANA = "emphatically neutral position";
    private static final String BEN = "neutral position";

    private void codeAs(String author, String quote) {
        try (Library lib = Library.open(libraryFile(), Clock.systemUTC(), new Importers(), author)) {
            lib.annotateQuote(1, quote, 1, "green", "", List.of("claim"));
        }
    }

    @Test
    void clickingADisagreementSelectsItInTheReaderInFrontOfTheDialog() throws Exception {
        codeAs("Ana", ANA);
        codeAs("Ben", BEN);
        startApp();
        int start = indexOf(documentText(), ANA);
        int end = start + "emphatically ".length();

        clickMenu("Library");
        clickMenu("Coders' agreement\u2026");
        waitUntil(() -> lookup("#agreement-table").tryQuery().isPresent());
        TableView<?> table = lookup("#agreement-table").queryTableView();
        waitUntil(() -> onFx(() -> table.getItems().size()) == 2);
        assertThat(onFx(() -> window().tools().agreementWindow().model().rows().get(0).code())).isEqualTo("claim");
        assertThat(lookup("#agreement-summary").queryLabeled().getText()).contains("Ana, Ben");
        ListView<?> passages = lookup("#agreement-passages").queryListView();
        waitUntil(() -> onFx(() -> passages.getItems().size()) == 1);
        Window dialog = onFx(() -> window().tools().agreementWindow().stage());
        Window main = onFx(() -> reader().getScene().getWindow());
        waitUntil(() -> onFx(dialog::isFocused));

        clickOn(lookup(".agreement-passage").queryAs(javafx.scene.Node.class));

        waitUntil(() -> onFx(() -> reader().getSelection().getStart() == start && reader().getSelection().getEnd() == end));
        assertThat(onFx(() -> reader().getSelectedText())).isEqualTo("emphatically ");
        waitUntil(() -> onFx(main::isFocused));
        assertThat(onFx(() -> ((javafx.stage.Stage) dialog).getOwner())).as("not kept above the main window").isNull();
        assertThat(onFx(dialog::isShowing)).isTrue();
    }
}
