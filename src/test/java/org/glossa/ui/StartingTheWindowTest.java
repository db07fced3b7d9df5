package org.glossa.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.value.ChangeListener;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.glossa.Fixtures;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** How the window starts: with the document already in it. */
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
}
