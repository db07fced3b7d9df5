package org.glossa.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.glossa.model.Annotation;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The tag field's keys, what the status line says after imports, and how long it says it. */
class SmallThingsInTheWindowTest extends WindowFixture {
    @Test
    void escapeInTheTagFieldDropsWhatWasTypedAndGivesTheKeysBackToTheReader() throws Exception {
        startApp();
        Annotation a = highlightQuote("other friend", "yellow");
        interact(() -> window().annotations().selectedProperty().set(a));
        clickOn("#tag-input").write("half");
        type(KeyCode.ESCAPE);
        TextField field = lookup("#tag-input").query();
        waitUntil(() -> onFx(() -> reader().isFocused()));
        assertThat(onFx(() -> field.getText())).isEmpty();
        assertThat(onFx(() -> window().annotations().selected() == null
                || window().annotations().selected().tags().isEmpty())).isTrue();
    }

    @Test
    void oneEnterOnATagSuggestionAddsTheTag() throws Exception {
        startApp();
        Annotation first = highlightQuote("other friend", "yellow");
        interact(() -> window().annotations().setTags(first, List.of("evidence")));
        waitUntil(() -> shownAnnotations().stream().anyMatch(x -> x.tags().contains("evidence")));
        interact(() -> window().tags().refresh());
        waitUntil(() -> onFx(() -> window().tags().names().contains("evidence")));
        Annotation second = highlightQuote("strongpoint", "green");
        interact(() -> window().annotations().selectedProperty().set(second));

        clickOn("#tag-input").write("evi");
        waitUntil(() -> lookup(".auto-complete-popup").tryQuery().map(javafx.scene.Node::isVisible).orElse(false));
        type(KeyCode.DOWN);
        type(KeyCode.ENTER);
        waitUntil(() -> shownAnnotations().stream().anyMatch(x -> x.id().equals(second.id())
                && x.tags().equals(List.of("evidence"))));
    }

    @Test
    void importingADocumentAlreadyThereSaysSo() throws Exception {
        startApp();
        Path copy = dir.resolve("again.txt");
        Files.writeString(copy, "Zebra crossings\n\nA short note about zebra crossings.\n");
        interact(() -> window().importFiles(List.of(copy.toFile())));
        waitUntil(() -> onFx(() -> window().documents().documents().size()) == 2);
        waitUntil(() -> window().status().messageProperty().get().startsWith("Imported 1 document"));

        interact(() -> window().importFiles(List.of(copy.toFile())));
        waitUntil(() -> window().status().messageProperty().get().contains("already in the library"));
        assertThat(window().status().messageProperty().get()).contains("Zebra crossings");
    }

    @Test
    void anImportErrorHasItsDetailsOneClickAway() throws Exception {
        startApp();
        Path broken = dir.resolve("broken.pdf");
        Files.write(broken, new byte[] {'%', 'P', 'D', 'F', '-', '1', '.', '4', '\n', 0, 1, 2, 3});
        interact(() -> window().importFiles(List.of(broken.toFile())));
        waitUntil(() -> window().status().errorProperty().get());
        // visible, and laid out: the link takes its place in the status line only at the next pulse
        waitUntil(() -> onFx(() -> lookup("#status-details").tryQuery()
                .map(n -> n.isVisible() && n.getLayoutBounds().getWidth() > 0 && n.getLayoutX() > 0).orElse(false)));
        WaitForAsyncUtils.waitForFxEvents();
        clickOn("#status-details");
        try {
            WaitForAsyncUtils.waitFor(15, java.util.concurrent.TimeUnit.SECONDS,
                    () -> lookup("#error-details").tryQuery().isPresent());
        } catch (java.util.concurrent.TimeoutException lost) {
            // on a machine loaded far beyond its cores Monocle can drop a robot click; a second
            // click shows whether the link works, and a link that does nothing still fails here
            clickOn("#status-details");
            waitUntil(() -> lookup("#error-details").tryQuery().isPresent());
        }
        TextArea details = lookup("#error-details").query();
        assertThat(onFx(() -> details.getText())).contains("broken.pdf");
    }

    @Test
    void aMessageLeavesTheStatusLineAfterAFewSecondsButAnErrorStays() throws Exception {
        startApp();
        interact(() -> window().status().info("Redid highlight."));
        waitUntil(() -> window().status().messageProperty().get().isEmpty());
        interact(() -> window().status().error("Could not save."));
        long shown = System.nanoTime();
        // past the time a message is shown for, the error is still there
        waitUntil(() -> System.nanoTime() - shown > MainWindow.MESSAGE_SHOWN_FOR.toMillis() * 1_500_000L);
        assertThat(window().status().messageProperty().get()).isEqualTo("Could not save.");
    }
}
