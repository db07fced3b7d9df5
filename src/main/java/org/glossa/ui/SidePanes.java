package org.glossa.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Region;

/**
 * The library pane and the annotation sidebar on either side of the reading column. Each can be
 * hidden (View › Hide library, Hide annotations, or Focus mode for both), and both give way by
 * themselves when the window is too narrow to keep the reading column at its minimum width:
 * the annotations first, then the library. The choices are kept with the window's state.
 */
final class SidePanes {
    /** The narrowest the reading column (with its margins) may get: about 35 characters of text. */
    static final double READING_MIN_WIDTH = 420;

    private final SplitPane split;
    private final Region left;
    private final Region centre;
    private final Region right;
    private final BooleanProperty libraryHidden = new SimpleBooleanProperty();
    private final BooleanProperty annotationsHidden = new SimpleBooleanProperty();
    private final BooleanProperty focusMode = new SimpleBooleanProperty();
    /** Divider positions while both side panes show, to put them back when they return. */
    private double[] bothShown;
    /** The one-shot check after the next layout pass, while one is waiting. */
    private Runnable restore;

    SidePanes(SplitPane split, Region left, Region centre, Region right) {
        this.split = split;
        this.left = left;
        this.centre = centre;
        this.right = right;
        centre.setMinWidth(READING_MIN_WIDTH);
        bothShown = split.getDividerPositions();
        libraryHidden.addListener((obs, was, is) -> layout());
        annotationsHidden.addListener((obs, was, is) -> layout());
        focusMode.addListener((obs, was, is) -> layout());
        // the window's width, not the split's: the split never gets narrower than its panes need
        split.widthProperty().addListener((obs, was, now) -> restoreAfterLayout());
        // a divider the reader drags is where the reader wants it
        split.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_RELEASED, e -> {
            if (e.getTarget() instanceof Node n && (isDivider(n) || n.getParent() != null && isDivider(n.getParent()))) {
                rememberDividers();
            }
        });
        split.sceneProperty().addListener((obs, was, scene) -> {
            if (scene != null) {
                scene.widthProperty().addListener((o, w, now) -> layout());
                layout();
            }
        });
    }

    BooleanProperty libraryHiddenProperty() {
        return libraryHidden;
    }

    BooleanProperty annotationsHiddenProperty() {
        return annotationsHidden;
    }

    BooleanProperty focusModeProperty() {
        return focusMode;
    }

    /** Whether each side pane is in the window now (chosen and with room for it). */
    boolean libraryShown() {
        return split.getItems().contains(left);
    }

    boolean annotationsShown() {
        return split.getItems().contains(right);
    }

    /** Takes the remembered choices and divider positions (from the window's state). */
    void restore(Properties props) {
        libraryHidden.set(Boolean.parseBoolean(props.getProperty("hideLibrary", "false")));
        annotationsHidden.set(Boolean.parseBoolean(props.getProperty("hideAnnotations", "false")));
        focusMode.set(Boolean.parseBoolean(props.getProperty("focusMode", "false")));
        layout();
    }

    /** Puts the choices into the window's state; the dividers as they are with both panes shown. */
    void save(Properties props) {
        props.setProperty("hideLibrary", Boolean.toString(libraryHidden.get()));
        props.setProperty("hideAnnotations", Boolean.toString(annotationsHidden.get()));
        props.setProperty("focusMode", Boolean.toString(focusMode.get()));
        double[] dividers = bothShown;
        for (int i = 0; i < dividers.length; i++) {
            props.setProperty("divider" + i, Double.toString(dividers[i]));
        }
    }

    /** Sets where the dividers go while both side panes show. */
    void setDividers(double[] positions) {
        bothShown = positions.clone();
        if (split.getItems().size() == 3) {
            split.setDividerPositions(positions);
        }
    }

    /** The divider positions with both side panes shown (the current ones, if they are). */
    double[] dividers() {
        return bothShown.clone();
    }

    /**
     * Takes the dividers as the reader left them by dragging one. Positions the split moves by
     * itself (squeezing a pane while the window is small, as Openbox makes a new window for a
     * moment) are not the reader's and are not remembered.
     */
    private void rememberDividers() {
        double[] p = split.getDividerPositions();
        if (p.length == 2) {
            bothShown = p;
        } else if (p.length == 1 && libraryShown()) {
            bothShown[0] = p[0];
        } else if (p.length == 1) {
            bothShown[1] = p[0];
        }
    }

    /** A split pane's divider (its grabber is a child of it). */
    private static boolean isDivider(Node n) {
        return n.getStyleClass().contains("split-pane-divider");
    }

    /** Whether the remembered positions give each pane about its minimum width in a split this wide. */
    private boolean fits(double w) {
        double slack = 8;
        return bothShown[0] * w >= left.minWidth(-1) - slack
                && (bothShown[1] - bothShown[0]) * w >= centre.minWidth(-1) - slack
                && (1 - bothShown[1]) * w >= right.minWidth(-1) - slack;
    }

    /**
     * After the next layout pass, puts the remembered positions back where the split moved them
     * for want of room and there is room again. It runs once per change of size or of panes.
     */
    private void restoreAfterLayout() {
        javafx.scene.Scene scene = split.getScene();
        if (scene == null || restore != null) {
            return;
        }
        restore = () -> {
            double w = split.getWidth();
            double[] p = split.getDividerPositions();
            if (p.length == 2 && w > 0 && fits(w)
                    && (Math.abs(p[0] - bothShown[0]) > 0.005 || Math.abs(p[1] - bothShown[1]) > 0.005)) {
                split.setDividerPositions(bothShown);
            }
            Runnable done = restore;
            restore = null;
            Platform.runLater(() -> scene.removePostLayoutPulseListener(done));
        };
        scene.addPostLayoutPulseListener(restore);
    }

    private void layout() {
        boolean wantLeft = !libraryHidden.get() && !focusMode.get();
        boolean wantRight = !annotationsHidden.get() && !focusMode.get();
        double width = split.getScene() == null ? 0 : split.getScene().getWidth();
        if (width > 0) {
            double room = width - READING_MIN_WIDTH - 12; // the dividers
            if (wantRight && room < right.getMinWidth() + (wantLeft ? left.getMinWidth() : 0)) {
                wantRight = false;
            }
            if (wantLeft && room < left.getMinWidth()) {
                wantLeft = false;
            }
        }
        if (wantLeft == libraryShown() && wantRight == annotationsShown()) {
            return;
        }
        List<Node> items = new ArrayList<>();
        if (wantLeft) {
            items.add(left);
        }
        items.add(centre);
        if (wantRight) {
            items.add(right);
        }
        split.getItems().setAll(items);
        if (wantLeft && wantRight) {
            split.setDividerPositions(bothShown);
        } else if (wantLeft) {
            split.setDividerPositions(bothShown[0]);
        } else if (wantRight) {
            split.setDividerPositions(bothShown[1]);
        }
        restoreAfterLayout();
    }
}
