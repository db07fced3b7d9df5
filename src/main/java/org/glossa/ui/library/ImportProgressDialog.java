package org.glossa.ui.library;

import java.util.concurrent.atomic.AtomicBoolean;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;
import org.glossa.core.BatchResult;

/** A small window with the import's progress and a Cancel button; the main window stays usable. */
public final class ImportProgressDialog implements DocumentsViewModel.ImportWatcher {
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final Stage stage = new Stage(StageStyle.UTILITY);
    private final ProgressBar bar = new ProgressBar(0);
    private final Label label = new Label("Starting\u2026");

    public ImportProgressDialog(Window owner) {
        stage.initOwner(owner);
        stage.initModality(Modality.NONE);
        stage.setTitle("Importing");
        bar.setId("import-progress");
        bar.setPrefWidth(360);
        Button cancel = new Button("Cancel");
        cancel.setId("import-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> {
            cancelled.set(true);
            label.setText("Cancelling after this file\u2026");
        });
        VBox box = new VBox(10, label, bar, cancel);
        box.setPadding(new Insets(14));
        stage.setScene(new javafx.scene.Scene(box));
        if (owner != null && owner.getScene() != null) {
            stage.getScene().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
    }

    public void show() {
        stage.show();
    }

    @Override
    public boolean getAsBoolean() {
        return cancelled.get();
    }

    @Override
    public void progress(int index, int total, String fileName) {
        bar.setProgress(total == 0 ? 0 : (index - 1) / (double) total);
        if (!cancelled.get()) {
            label.setText("[" + index + "/" + total + "] " + fileName);
        }
    }

    @Override
    public void done(BatchResult result) {
        bar.setProgress(1);
        stage.close();
    }
}
