package org.glossa.ui.bench;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.glossa.ui.StartupReport;

/**
 * The start-up baseline: the least a JavaFX window can be (one label, 1200x900), started in a
 * child JVM exactly like Glossa's window, reporting its first painted frame the same way. Like
 * {@code Main}, the class the JVM starts does not extend Application (else, on the class path,
 * the launcher refuses with "JavaFX runtime components are missing").
 */
public final class TrivialWindow {
    private TrivialWindow() {
    }

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    /** The window itself. */
    public static final class App extends Application {
        @Override
        public void start(Stage stage) {
            stage.setScene(new Scene(new Label("Glossa start-up baseline"), 1200, 900));
            stage.setTitle("Glossa bench");
            stage.show();
            StartupReport.afterFirstFrame(stage.getScene());
        }
    }
}
