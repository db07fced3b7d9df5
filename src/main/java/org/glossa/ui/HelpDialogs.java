package org.glossa.ui;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.stage.Stage;

/** Help menu dialogs: keyboard shortcuts and About. */
final class HelpDialogs {
    private HelpDialogs() {
    }

    /** The keyboard shortcuts, grouped, in a dialog tall enough to read them without hunting. */
    static void shortcuts(Stage owner, List<Shortcuts.Group> groups) {
        GridPane grid = new GridPane();
        grid.setId("shortcut-list");
        grid.setHgap(18);
        grid.setVgap(3);
        int row = 0;
        for (Shortcuts.Group group : groups) {
            Label title = new Label(group.title());
            title.getStyleClass().add("shortcut-group");
            title.setStyle("-fx-font-weight: bold;");
            title.setPadding(new Insets(row == 0 ? 0 : 8, 0, 2, 0));
            grid.add(title, 0, row++, 2, 1);
            for (Shortcuts.Shortcut s : group.shortcuts()) {
                Label keys = new Label(s.keys());
                keys.getStyleClass().add("shortcut-keys");
                keys.setMinWidth(Region.USE_PREF_SIZE);
                Label action = new Label(s.action());
                action.getStyleClass().add("shortcut-action");
                action.setWrapText(true);
                grid.add(keys, 0, row);
                grid.add(action, 1, row++);
            }
        }
        grid.setPadding(new Insets(4, 12, 4, 4));
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportWidth(620);
        scroll.setPrefViewportHeight(520);
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle("Keyboard shortcuts");
        alert.setHeaderText("Keyboard shortcuts");
        alert.getDialogPane().setContent(scroll);
        alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        alert.setResizable(true);
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
                + " picocli (Apache 2.0), citeproc-java (Apache 2.0) with the Citation Style Language's APA and"
                + " Chicago styles (CC BY-SA 3.0).");
        alert.show();
    }
}
