package org.glossa.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.value.ChangeListener;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.glossa.Fixtures;
import org.glossa.core.Library;
import org.glossa.model.DocumentContent;
import org.glossa.model.ImportedDocument;
import org.glossa.ui.contents.ContentsView;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** How the window starts: with the document already in it, hidden tabs filled when chosen, and files it is given. */
class StartingTheWindowTest extends WindowFixture {
    @Test
    void whenTheWindowAppearsTheReaderAlreadyShowsTheDocument() throws Exception {
        Stage stage = FxToolkit.toolkitContext().getRegisteredStage();
        AtomicReference<String> textWhenShown = new AtomicReference<>();
        ChangeListener<Boolean> whenShown = (obs, was, is) -> {
            if (is && stage.getScene().lookup("#reader") instanceof StyleClassedTextArea reader) {
                textWhenShown.set(reader.getText());
            }
        };
        onFx(() -> {
            stage.showingProperty().addListener(whenShown);
            return null;
        });
        try {
            startApp();
        } finally {
            onFx(() -> {
                stage.showingProperty().removeListener(whenShown);
                return null;
            });
        }
        assertThat(textWhenShown.get()).isEqualTo(documentText()).startsWith(Fixtures.SAMPLE_TITLE);
    }

    @Test
    void theContentsTabListsTheDocumentsHeadingsOnceChosen() throws Exception {
        startApp();

        clickOn("Contents");

        waitUntil(() -> lookup("#contents-list").tryQuery().isPresent());
        ListView<ContentsView.Entry> contents = lookup("#contents-list").queryListView();
        waitUntil(() -> onFx(() -> contents.getItems().size()) == 1);
        assertThat(onFx(() -> contents.getItems().get(0).title())).isEqualTo(Fixtures.SAMPLE_TITLE);
    }

    @Test
    void aToolbarButtonExplainsItselfWhenThePointerRestsOnIt() throws Exception {
        startApp();
        javafx.scene.control.Button importButton = lookup("Import\u2026").queryButton();
        // read out by screen readers before anybody points at it
        assertThat(onFx(importButton::getAccessibleHelp)).isEqualTo("Import documents (Ctrl+O)");

        moveTo(importButton);

        waitUntil(() -> onFx(() -> importButton.getTooltip() != null && importButton.getTooltip().isShowing()));
        assertThat(onFx(() -> importButton.getTooltip().getText())).isEqualTo("Import documents (Ctrl+O)");
    }

    @Test
    void aBundleGivenToTheProgramIsOpenedInTheWindow() throws Exception {
        Path bundle = dir.resolve("week 1.glossa");
        try (Library teacher = Fixtures.open(dir.resolve("teacher.sqlite"))) {
            long essay = teacher.importDocument(new ImportedDocument("River Cities", "Ms Lee", null, "text", "en", null,
                    new DocumentContent("Cities grew where rivers could be crossed.", List.of(), List.of()),
                    Map.of())).id();
            long packet = teacher.packets().create("Week 1", "Read the essay.").id();
            teacher.packets().addDocument(packet, essay);
            teacher.packets().exportBundle(packet, bundle);
        }
        System.setProperty("glossa.configDir", dir.resolve("config").toString());

        app = (GlossaApp) FxToolkit.setupApplication(GlossaApp.class, "--library=" + libraryFile(), bundle.toString());

        waitUntil(() -> onFx(() -> window().documents().documents().stream()
                .anyMatch(d -> d.title().equals("River Cities"))));
    }
}
