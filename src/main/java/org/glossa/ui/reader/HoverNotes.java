package org.glossa.ui.reader;

import java.time.Duration;
import javafx.scene.control.Label;
import javafx.stage.Popup;
import org.fxmisc.richtext.event.MouseOverTextEvent;
import org.glossa.model.Annotation;
import org.glossa.ui.annotations.AnnotationsViewModel;

/** Resting the mouse on a highlight shows its note (and tags) in a small popup. */
public final class HoverNotes {
    private static final Duration DELAY = Duration.ofMillis(450);

    private HoverNotes() {
    }

    public static void install(ReaderView reader, AnnotationsViewModel annotations) {
        Popup popup = new Popup();
        Label label = new Label();
        label.getStyleClass().add("hover-note");
        label.setWrapText(true);
        label.setMaxWidth(360);
        popup.getContent().add(label);
        var area = reader.area();
        area.setMouseOverTextDelay(DELAY);
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_BEGIN, e -> {
            Annotation a = annotations.at(e.getCharacterIndex());
            if (a == null || (a.note().isEmpty() && a.tags().isEmpty())) {
                return;
            }
            String tags = a.tags().isEmpty() ? "" : (a.note().isEmpty() ? "" : "\n") + "#" + String.join("  #", a.tags());
            label.setText(a.note() + tags);
            if (label.getScene() != null && area.getScene() != null) {
                label.getScene().getRoot().getStylesheets().setAll(area.getScene().getStylesheets());
            }
            popup.show(area, e.getScreenPosition().getX() + 12, e.getScreenPosition().getY() + 16);
        });
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_END, e -> popup.hide());
    }
}
