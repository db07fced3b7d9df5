package org.glossa.ui.sync;

import java.io.File;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;

/**
 * The form for a remote: a name, a WebDAV address or a folder (with Browse…), and for WebDAV a
 * user and password. The password is handed back, never stored here; the caller keeps it in
 * memory and the keyring.
 */
final class RemoteForm {
    /** What was typed. {@code password} is empty for a folder or when none was given. */
    record Input(String name, String address, String user, String password) {
    }

    private RemoteForm() {
    }

    /** Shows the form; empty when cancelled. {@code title} and {@code header} say what it is for. */
    static Optional<Input> ask(Window owner, String title, String header, String suggestedName) {
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(title);
        d.setHeaderText(header);
        TextField name = field("remote-name", "class, home\u2026");
        name.setText(suggestedName);
        TextField address = field("remote-address", "https://cloud.example.org/remote.php/dav/files/you/glossa or a folder");
        address.setPrefColumnCount(34);
        Button browse = new Button("Browse\u2026");
        browse.setId("remote-browse");
        browse.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("A folder to sync through (Syncthing, Dropbox, a network drive)");
            File dir = chooser.showDialog(d.getDialogPane().getScene().getWindow());
            if (dir != null) {
                address.setText(dir.getAbsolutePath());
            }
        });
        HBox where = new HBox(6, address, browse);
        HBox.setHgrow(address, Priority.ALWAYS);
        TextField user = field("remote-user", "for WebDAV: your user name");
        PasswordField password = new PasswordField();
        password.setId("remote-password");
        password.setPromptText("for WebDAV: kept in memory and the keyring, never in the library");
        boolean[] webDav = {false};
        Runnable follow = () -> {
            String a = address.getText().strip().toLowerCase(java.util.Locale.ROOT);
            webDav[0] = a.startsWith("http://") || a.startsWith("https://");
            user.setDisable(!webDav[0]);
            password.setDisable(!webDav[0]);
        };
        address.textProperty().addListener((o, was, now) -> follow.run());
        follow.run();
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.setPadding(new Insets(4));
        grid.addRow(0, new Label("Name"), name);
        grid.addRow(1, new Label("WebDAV address or folder"), where);
        grid.addRow(2, new Label("User"), user);
        grid.addRow(3, new Label("Password"), password);
        GridPane.setHgrow(where, Priority.ALWAYS);
        d.getDialogPane().setContent(grid);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        d.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(
                name.textProperty().isEmpty().or(address.textProperty().isEmpty()));
        d.setOnShown(e -> (suggestedName == null || suggestedName.isEmpty() ? name : address).requestFocus());
        return d.showAndWait().filter(b -> b == ButtonType.OK).map(b -> new Input(name.getText().strip(),
                address.getText().strip(), webDav[0] ? user.getText().strip() : "", webDav[0] ? password.getText() : ""));
    }

    private static TextField field(String id, String prompt) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        return f;
    }
}
