package org.glossa.ui.reader;

import java.time.Duration;
import javafx.scene.control.Label;
import javafx.stage.Popup;
import org.fxmisc.richtext.event.MouseOverTextEvent;
import org.glossa.model.Annotation;
import org.glossa.ui.annotations.AnnotationsViewModel;
import org.glossa.ui.annotations.NoteView;

/** Resting the mouse on a highlight shows its note (and tags) in a small popup. */
public final class HoverNotes {
    private static final Duration DELAY = Duration.ofMillis(450);

    private HoverNotes() {
    }

    public static void install(ReaderView reader, AnnotationsViewModel annotations) {
        Popup popup = new Popup();
        // the note formatted as the sidebar shows it (its Markdown rendered), then the tags
        javafx.scene.text.TextFlow note = new javafx.scene.text.TextFlow();
        note.getStyleClass().add("note");
        note.setMaxWidth(360);
        note.setPrefWidth(360);
        Label tagLine = new Label();
        tagLine.setWrapText(true);
        tagLine.setMaxWidth(360);
        javafx.scene.layout.VBox label = new javafx.scene.layout.VBox(4, note, tagLine);
        label.setId("hover-note");
        label.getStyleClass().add("hover-note");
        popup.getContent().add(label);
        var area = reader.area();
        area.setMouseOverTextDelay(DELAY);
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_BEGIN, e -> {
            Annotation a = annotations.at(e.getCharacterIndex());
            if (a == null || (a.note().isEmpty() && a.tags().isEmpty())) {
                return;
            }
            NoteView.render(note, a);
            note.setVisible(!a.note().isEmpty());
            note.setManaged(!a.note().isEmpty());
            tagLine.setText(a.tags().isEmpty() ? "" : "#" + String.join("  #", a.tags()));
            tagLine.setVisible(!a.tags().isEmpty());
            tagLine.setManaged(!a.tags().isEmpty());
            if (label.getScene() != null && area.getScene() != null) {
                label.getScene().getRoot().getStylesheets().setAll(area.getScene().getStylesheets());
            }
            popup.show(area, e.getScreenPosition().getX() + 12, e.getScreenPosition().getY() + 16);
        });
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_END, e -> popup.hide());
    }
}
