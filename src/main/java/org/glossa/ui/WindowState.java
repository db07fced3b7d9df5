package org.glossa.ui;

import java.util.Properties;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** Window size, position and split positions, kept in the settings store between runs. */
public final class WindowState {
    private static final double DEFAULT_WIDTH = 1280;
    private static final double DEFAULT_HEIGHT = 820;

    private static final String NAME = "window";

    private final SettingsStore store;
    private final Properties props;

    public WindowState(SettingsStore store) {
        this.store = store;
        this.props = store.read(NAME);
    }

    public void applyTo(Stage stage, SidePanes panes) {
        double w = number("width", DEFAULT_WIDTH);
        double h = number("height", DEFAULT_HEIGHT);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        stage.setWidth(Math.min(w, screen.getWidth()));
        stage.setHeight(Math.min(h, screen.getHeight()));
        double x = number("x", Double.NaN);
        double y = number("y", Double.NaN);
        if (!Double.isNaN(x) && !Double.isNaN(y) && !Screen.getScreensForRectangle(x, y, 50, 50).isEmpty()) {
            stage.setX(x);
            stage.setY(y);
        } else {
            stage.setX(screen.getMinX() + Math.max(0, (screen.getWidth() - stage.getWidth()) / 2));
            stage.setY(screen.getMinY() + Math.max(0, (screen.getHeight() - stage.getHeight()) / 2));
        }
        stage.setMaximized(Boolean.parseBoolean(props.getProperty("maximized", "false")));
        double[] dividers = panes.dividers();
        for (int i = 0; i < dividers.length; i++) {
            double d = number("divider" + i, Double.NaN);
            if (!Double.isNaN(d) && d > 0.02 && d < 0.98) {
                dividers[i] = d;
            }
        }
        panes.setDividers(dividers);
        panes.restore(props);
    }

    /**
     * Some window managers (Openbox) shrink a new window to its minimum once it is on screen,
     * while JavaFX still holds the size it asked for: the first change of size straight after
     * the window shows that makes it smaller is undone. Later changes are the user's. The value
     * returned turns true once the window's size is its own (after that change, or a second).
     */
    public javafx.beans.value.ObservableBooleanValue keepSizeWhenShown(Stage stage) {
        javafx.beans.property.SimpleBooleanProperty done = new javafx.beans.property.SimpleBooleanProperty();
        double wantedWidth = stage.getWidth();
        double wantedHeight = stage.getHeight();
        javafx.animation.PauseTransition settled = new javafx.animation.PauseTransition(SHOWN_SETTLES);
        javafx.beans.InvalidationListener[] watch = new javafx.beans.InvalidationListener[1];
        Runnable disarm = () -> {
            settled.stop();
            stage.widthProperty().removeListener(watch[0]);
            stage.heightProperty().removeListener(watch[0]);
            done.set(true);
        };
        watch[0] = obs -> {
            disarm.run();
            if (!stage.isMaximized() && !stage.isFullScreen()
                    && (stage.getWidth() < wantedWidth - 1 || stage.getHeight() < wantedHeight - 1)) {
                javafx.application.Platform.runLater(() -> {
                    stage.setWidth(wantedWidth);
                    stage.setHeight(wantedHeight);
                });
            }
        };
        settled.setOnFinished(e -> disarm.run());
        // once, for the first showing: a stage shown again later keeps whatever size it then has
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_SHOWN, new javafx.event.EventHandler<>() {
            @Override
            public void handle(javafx.stage.WindowEvent e) {
                stage.removeEventHandler(javafx.stage.WindowEvent.WINDOW_SHOWN, this);
                stage.widthProperty().addListener(watch[0]);
                stage.heightProperty().addListener(watch[0]);
                settled.play();
            }
        });
        return done;
    }

    /** How long after showing the window manager may still change a window's size. */
    private static final javafx.util.Duration SHOWN_SETTLES = javafx.util.Duration.seconds(1);

    public void save(Stage stage, SidePanes panes) {
        if (!stage.isMaximized()) {
            props.setProperty("width", Double.toString(stage.getWidth()));
            props.setProperty("height", Double.toString(stage.getHeight()));
            props.setProperty("x", Double.toString(stage.getX()));
            props.setProperty("y", Double.toString(stage.getY()));
        }
        props.setProperty("maximized", Boolean.toString(stage.isMaximized()));
        panes.save(props);
        store.write(NAME, props);
    }

    private double number(String key, double fallback) {
        try {
            return Double.parseDouble(props.getProperty(key, ""));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
