package org.glossa.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;

/** Help menu dialogs: keyboard shortcuts and About. */
final class HelpDialogs {
    private static final String SHORTCUTS = String.join("\n",
            "Reading pane",
            "  1 \u2013 8            highlight the selection (yellow, green, blue, pink, purple, orange, red, gray)",
            "                   with no selection: recolour the selected highlight",
            "  N                add a note to the selection or the selected highlight",
            "  T                tag the selection or the selected highlight",
            "  Delete           delete the selected highlight",
            "  Shift+arrows     select text with the keyboard",
            "  Escape           clear the selection",
            "",
            "Everywhere",
            "  Ctrl+O           import documents (or drop files on the window)",
            "  Ctrl+W           close the document",
            "  Ctrl+Z           undo the last annotation change",
            "  Ctrl+Shift+Z     redo",
            "  Ctrl+= / - / 0   zoom in / out / actual size",
            "  F11              full screen",
            "  F1               this list",
            "",
            "Library",
            "  Ctrl+L           the library table (Enter opens, Ctrl+Z undoes a delete)",
            "  Ctrl+Shift+F     search the library (Enter on a result opens it at the hit)",
            "  Ctrl+Shift+C     claims table (Ctrl+C copies rows as TSV)",
            "  Ctrl+Shift+T     tag overview",
            "  Escape           closes these windows and the search panel",
            "  Ctrl+Q           quit");

    private HelpDialogs() {
    }

    static void shortcuts(Stage owner) {
        TextArea text = new TextArea(SHORTCUTS);
        text.setEditable(false);
        text.setStyle("-fx-font-family: 'DejaVu Sans Mono', monospace;");
        text.setPrefColumnCount(84);
        text.setPrefRowCount(20);
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle("Keyboard shortcuts");
        alert.setHeaderText("Keyboard shortcuts");
        alert.getDialogPane().setContent(text);
        alert.show();
    }

    static void about(Stage owner) {
        String version = HelpDialogs.class.getPackage().getImplementationVersion();
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle("About Glossa");
        alert.setHeaderText("Glossa " + (version == null ? "(development build)" : version));
        alert.setContentText("An offline reader for highlighting, notes and tags. Your library is one SQLite file"
                + " that you own.\n\nBuilt with OpenJFX (GPL 2 + Classpath exception), RichTextFX (BSD 2-clause),"
                + " ControlsFX (BSD 3-clause), SQLite JDBC (Apache 2.0), commonmark-java (BSD 2-clause),"
                + " jsoup (MIT), Readability4J (Apache 2.0), Apache PDFBox (Apache 2.0), Jackson (Apache 2.0),"
                + " picocli (Apache 2.0).");
        alert.show();
    }
}
