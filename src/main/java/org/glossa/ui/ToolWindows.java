package org.glossa.ui;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.stage.Window;

/** What the library, claims and tag windows share: their scene set-up and table columns. */
public final class ToolWindows {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT);

    private ToolWindows() {
    }

    /**
     * Gives {@code stage} a scene with the owner's style sheets (so the theme follows), Escape to
     * close and Shortcut+F to {@code focusFilter}.
     */
    public static Scene setUp(Stage stage, Window owner, String title, Parent root, double width, double height,
                              Runnable focusFilter) {
        // not owned by the main window: an owned window stays above its owner, so the main window
        // could never come to the front to show a passage opened from here; it closes with it instead
        if (owner != null) {
            owner.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN, e -> stage.hide());
        }
        stage.setTitle(title + " \u2014 Glossa");
        Scene scene = new Scene(root, width, height);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
            scene.getRoot().getStyleClass().addAll(owner.getScene().getRoot().getStyleClass());
        }
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), focusFilter);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ESCAPE), stage::hide);
        stage.setScene(scene);
        return scene;
    }

    /** A column of any value, with an id derived from its name for tests and styling. */
    public static <R, T> TableColumn<R, T> column(String name, Function<R, T> value, double width) {
        TableColumn<R, T> c = new TableColumn<>(name);
        c.setId("column-" + name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "-"));
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(value.apply(f.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    /** A text column that sorts ignoring case, empty cells last. */
    public static <R> TableColumn<R, String> text(String name, Function<R, String> value, double width) {
        TableColumn<R, String> c = column(name, value, width);
        c.setComparator(Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER));
        return c;
    }

    /** A date column shown in the local zone and short format; sorts by instant, empty first. */
    public static <R> TableColumn<R, OffsetDateTime> date(String name, Function<R, OffsetDateTime> value) {
        TableColumn<R, OffsetDateTime> c = column(name, value, 135);
        c.setComparator(Comparator.nullsFirst(Comparator.naturalOrder()));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(OffsetDateTime t, boolean empty) {
                super.updateItem(t, empty);
                setText(empty || t == null ? null : t.atZoneSameInstant(ZoneId.systemDefault()).format(DATE));
            }
        });
        return c;
    }
}
