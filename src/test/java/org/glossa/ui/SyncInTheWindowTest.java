package org.glossa.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.glossa.core.Library;
import org.junit.jupiter.api.Test;

/**
 * "Your name" in Preferences signs new highlights (not the login name), and the status line's
 * Sync now sends them to the library's remote in the background.
 */
class SyncInTheWindowTest extends WindowFixture {
    @Test
    void yourNameSignsNewHighlightsAndSyncNowSendsThemToTheRemote() throws Exception {
        assumeTrue(System.getenv("GLOSSA_AUTHOR") == null, "GLOSSA_AUTHOR would override the preference");
        Path remote = Files.createDirectories(dir.resolve("remote"));
        try (Library lib = Library.open(libraryFile())) {
            lib.sync().add("home", remote.toString(), null, null);
        }
        startApp();
        waitUntil(() -> lookup("#sync-status").tryQuery().map(n -> ((Label) n).getText().contains("not synced yet"))
                .orElse(false));

        press(KeyCode.CONTROL).type(KeyCode.COMMA).release(KeyCode.CONTROL);
        waitUntil(() -> lookup("#pref-author").tryQuery().isPresent());
        TextField name = lookup("#pref-author").queryAs(TextField.class);
        String before = onFx(() -> name.getText());
        assertThat(before).isEqualTo(System.getProperty("user.name"));
        interact(() -> name.setText("Ada Lovelace"));
        clickOn("OK");
        waitUntil(() -> lookup("#pref-author").tryQuery().isEmpty());

        interact(() -> window().annotations().highlight(0, 6, "yellow", () -> { }));
        waitUntil(() -> shownAnnotations().stream().anyMatch(a -> "Ada Lovelace".equals(a.author())));

        clickOn("#sync-now");
        waitUntil(() -> ((Label) lookup("#sync-status").query()).getText().matches("Sync: synced .* 0 changes pending"));
        try (Stream<Path> files = Files.walk(remote)) {
            assertThat(files.map(p -> p.getFileName().toString())).contains("Ada~20Lovelace.jsonld");
        }

        restartApp();
        press(KeyCode.CONTROL).type(KeyCode.COMMA).release(KeyCode.CONTROL);
        waitUntil(() -> lookup("#pref-author").tryQuery().isPresent());
        TextField again = lookup("#pref-author").queryAs(TextField.class);
        String after = onFx(() -> again.getText());
        assertThat(after).isEqualTo("Ada Lovelace");
        clickOn("Cancel");
    }
}
