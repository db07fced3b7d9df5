package org.glossa.ui.sync;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.glossa.core.Library;
import org.glossa.core.sync.SyncRemote;
import org.glossa.ui.Background;

/**
 * File › Sync remotes…: the library's remotes (name, address, last synced), Add… (a WebDAV
 * address or a folder, user and password) and Remove. A bad entry is refused in one line in the
 * dialog and nothing is added.
 */
final class RemotesDialog {
    private final Library library;
    private final Background background;
    private final SyncViewModel sync;
    private final ListView<SyncRemote> list = new ListView<>();
    private final Label message = new Label();

    RemotesDialog(Library library, Background background, SyncViewModel sync) {
        this.library = library;
        this.background = background;
        this.sync = sync;
    }

    void show(Window owner) {
        Dialog<Void> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Sync remotes");
        d.setHeaderText("Where this library syncs: WebDAV folders (Nextcloud, ownCloud, \u2026) or synced folders");
        list.setId("remote-list");
        list.setPlaceholder(new Label("No remotes yet: choose Add\u2026"));
        list.setPrefSize(560, 220);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(SyncRemote r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? null : r.name() + "  \u2014  " + r.url()
                        + (r.user() != null ? "  (" + r.user() + ")" : "")
                        + (r.lastSynced() == null ? "  \u00b7 not synced yet" : "  \u00b7 synced"));
            }
        });
        Button add = new Button("Add\u2026");
        add.setId("remote-add");
        add.setOnAction(e -> add(d.getDialogPane().getScene().getWindow()));
        Button remove = new Button("Remove");
        remove.setId("remote-remove");
        remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> remove(list.getSelectionModel().getSelectedItem()));
        message.setId("remote-message");
        message.setWrapText(true);
        VBox content = new VBox(8, list, new HBox(6, add, remove), message);
        content.setPadding(new Insets(4));
        d.getDialogPane().setContent(content);
        d.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        reload();
        d.show();
    }

    private void reload() {
        background.run(() -> library.sync().remotes(), (List<SyncRemote> remotes) -> {
            list.getItems().setAll(remotes);
            sync.refresh();
        });
    }

    private void add(Window owner) {
        RemoteForm.ask(owner, "Add a remote", "A WebDAV folder or a folder that something else keeps in step", "")
                .ifPresent(in -> background.submit(() -> {
                    SyncRemote r = library.sync().add(in.name(), in.address(), in.user(), null);
                    sync.remember(r.name(), in.password());
                    return r;
                }, r -> {
                    message.setText("Added " + r.name() + "; it syncs with Sync now and every few minutes.");
                    reload();
                }, failure -> message.setText(SyncViewModel.oneLine(failure))));
    }

    private void remove(SyncRemote r) {
        if (r == null) {
            return;
        }
        background.submit(() -> {
            library.sync().remove(r.name());
            return r;
        }, gone -> {
            message.setText("Removed " + gone.name() + "; nothing on it was changed.");
            reload();
        }, failure -> message.setText(SyncViewModel.oneLine(failure)));
    }
}
