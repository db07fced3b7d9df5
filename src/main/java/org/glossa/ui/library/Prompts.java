package org.glossa.ui.library;

import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Window;

/** The small questions the library window asks: a name, or "are you sure". */
final class Prompts {
    private Prompts() {
    }

    /** A non-blank line of text, or empty when cancelled. */
    static Optional<String> text(Window owner, String title, String label, String initial) {
        TextInputDialog dialog = new TextInputDialog(initial);
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(null);
        dialog.setContentText(label);
        dialog.getEditor().setAccessibleText(title);
        return dialog.showAndWait().map(String::strip).filter(s -> !s.isEmpty());
    }

    static boolean confirm(Window owner, String question) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question, ButtonType.OK, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setHeaderText(null);
        return alert.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
    }
}
