package org.glossa.ui;

import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.control.Button;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import org.glossa.core.BatchResult;
import org.glossa.ui.library.DocumentsViewModel;

/**
 * The import of one document, in the status line: a bar of its pages or chapters read and a
 * Cancel button. Hidden when nothing is being imported; a cancelled import adds nothing.
 */
final class StatusProgress implements DocumentsViewModel.ImportWatcher {
    private final ProgressBar bar = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
    private final Button cancel = new Button("Cancel");
    private final HBox node = new HBox(6, bar, cancel);
    private final StatusLine status;
    private AtomicBoolean cancelled = new AtomicBoolean();

    StatusProgress(StatusLine status) {
        this.status = status;
        bar.setId("import-bar");
        bar.setPrefWidth(160);
        bar.setAccessibleText("Import progress");
        cancel.setId("import-bar-cancel");
        cancel.getStyleClass().add("status-cancel");
        cancel.setOnAction(e -> {
            cancelled.set(true);
            cancel.setDisable(true);
            status.info("Cancelling the import\u2026");
        });
        node.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        setShown(false);
    }

    HBox node() {
        return node;
    }

    /** Starts watching a new import: shows the bar, empty, with Cancel enabled. */
    StatusProgress begin() {
        cancelled = new AtomicBoolean();
        bar.setProgress(ProgressBar.INDETERMINATE_PROGRESS);
        cancel.setDisable(false);
        setShown(true);
        return this;
    }

    private void setShown(boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }

    @Override
    public boolean getAsBoolean() {
        return cancelled.get();
    }

    @Override
    public void progress(int index, int total, String fileName) {
        if (!cancelled.get()) {
            status.info("Importing " + fileName + "\u2026");
        }
    }

    @Override
    public void reading(int done, int parts) {
        if (parts > 1) {
            bar.setProgress(done / (double) parts);
            if (!cancelled.get()) {
                status.info("Importing\u2026 " + done + " of " + parts);
            }
        }
    }

    @Override
    public void done(BatchResult result) {
        setShown(false);
    }
}
