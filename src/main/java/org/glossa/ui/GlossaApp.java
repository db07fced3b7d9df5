package org.glossa.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The window. */
public final class GlossaApp extends Application {
    public static void launchWindow(String[] args) {
        Application.launch(GlossaApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("Glossa");
        stage.setScene(new Scene(new Label("Glossa"), 1200, 800));
        stage.show();
    }
}
