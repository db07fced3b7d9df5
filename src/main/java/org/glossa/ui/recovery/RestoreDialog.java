package org.glossa.ui.recovery;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import org.glossa.core.store.Backup;

/**
 * Shown when the library file is damaged: it was not written to; the user picks one of the
 * automatic backups to restore (the damaged file is kept beside it), or quits.
 */
public final class RestoreDialog {
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withZone(ZoneId.systemDefault());

    private RestoreDialog() {
    }

    /** The backup chosen to restore, or empty when the user declines. */
    public static Optional<Path> ask(Path library, String problem, List<Backup> backups) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle("Glossa");
        dialog.setHeaderText("The library needs repair");
        Label text = new Label(problem + "\n\nGlossa has not changed the file. Choose a backup to restore;"
                + " the damaged file is kept beside it (" + library.getFileName() + ".replaced-\u2026).");
        text.setWrapText(true);
        text.setMaxWidth(520);
        ListView<Backup> list = new ListView<>();
        list.setId("backup-list");
        list.getItems().setAll(backups);
        list.setPrefHeight(160);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Backup b, boolean empty) {
                super.updateItem(b, empty);
                setText(empty || b == null ? null
                        : WHEN.format(b.taken()) + "  \u00b7  " + (b.bytes() / 1024) + " KB"
                        + (b.rolling() ? "" : "  \u00b7  before an upgrade"));
            }
        });
        list.getSelectionModel().selectFirst();
        VBox box = new VBox(10, text, backups.isEmpty()
                ? new Label("There are no backups of this library yet.") : list);
        box.setPadding(new Insets(10));
        dialog.getDialogPane().setContent(box);
        ButtonType restore = new ButtonType("Restore backup", ButtonBar.ButtonData.OK_DONE);
        ButtonType quit = new ButtonType("Quit", ButtonBar.ButtonData.CANCEL_CLOSE);
        if (!backups.isEmpty()) {
            dialog.getDialogPane().getButtonTypes().add(restore);
        }
        dialog.getDialogPane().getButtonTypes().add(quit);
        Optional<ButtonType> answer = dialog.showAndWait();
        if (answer.isPresent() && answer.get() == restore && list.getSelectionModel().getSelectedItem() != null) {
            return Optional.of(list.getSelectionModel().getSelectedItem().file());
        }
        return Optional.empty();
    }
}
