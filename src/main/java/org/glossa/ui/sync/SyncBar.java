package org.glossa.ui.sync;

import java.util.Optional;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.Duration;
import org.glossa.core.sync.SyncRemote;

/**
 * The sync part of the status line: last synced, pending changes, a Sync now button. It syncs by
 * itself every few minutes, and reads the pending count every few seconds.
 */
public final class SyncBar {
    private static final Duration EVERY = Duration.minutes(5);
    private static final Duration PENDING_EVERY = Duration.seconds(10);
    private final HBox node;

    public SyncBar(SyncViewModel model) {
        Label line = new Label();
        line.setId("sync-status");
        line.textProperty().bind(model.statusProperty());
        Button now = new Button("Sync now");
        now.setId("sync-now");
        now.disableProperty().bind(model.busyProperty());
        now.setOnAction(e -> model.syncNow());
        node = new HBox(6, line, now);
        node.setAlignment(Pos.CENTER_RIGHT);
        node.visibleProperty().bind(model.availableProperty());
        node.managedProperty().bind(node.visibleProperty());
        Timeline pending = new Timeline(new KeyFrame(PENDING_EVERY, e -> model.refresh()));
        pending.setCycleCount(Timeline.INDEFINITE);
        pending.play();
        Timeline auto = new Timeline(new KeyFrame(EVERY, e -> model.syncNow()));
        auto.setCycleCount(Timeline.INDEFINITE);
        auto.play();
        model.refresh();
    }

    public Node node() {
        return node;
    }

    /** Asks for a remote's password (kept in memory, and in the keyring where there is one). */
    public static Optional<String> askPassword(Window owner, SyncRemote remote) {
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Sync password");
        d.setHeaderText("Password of " + remote.user() + " on " + remote.name());
        PasswordField field = new PasswordField();
        field.setId("sync-password");
        d.getDialogPane().setContent(new VBox(8, new Label(remote.url()), field));
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        d.setOnShown(e -> field.requestFocus());
        return d.showAndWait().filter(b -> b == ButtonType.OK).map(b -> field.getText()).filter(p -> !p.isEmpty());
    }
}
