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
    private static final DateTimeFormatter DATE = shortDateTime(Locale.getDefault(Locale.Category.FORMAT));

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
        placeOver(stage, owner, width, height);
        return scene;
    }

    /**
     * Sizes a window before it shows and centres it over its owner (window managers that place
     * new windows themselves would otherwise put it in a corner at a few pixels' size), kept
     * inside the owner's screen.
     */
    public static void placeOver(Stage stage, Window owner, double width, double height) {
        javafx.geometry.Rectangle2D screen = owner == null ? javafx.stage.Screen.getPrimary().getVisualBounds()
                : javafx.stage.Screen.getScreensForRectangle(owner.getX(), owner.getY(), Math.max(1, owner.getWidth()),
                        Math.max(1, owner.getHeight())).stream().findFirst()
                        .orElse(javafx.stage.Screen.getPrimary()).getVisualBounds();
        double w = Math.min(width, screen.getWidth());
        double h = Math.min(height, screen.getHeight());
        stage.setWidth(w);
        stage.setHeight(h);
        double x = owner == null ? screen.getMinX() + (screen.getWidth() - w) / 2 : owner.getX() + (owner.getWidth() - w) / 2;
        double y = owner == null ? screen.getMinY() + (screen.getHeight() - h) / 2
                : owner.getY() + (owner.getHeight() - h) / 2;
        stage.setX(Math.max(screen.getMinX(), Math.min(x, screen.getMaxX() - w)));
        stage.setY(Math.max(screen.getMinY(), Math.min(y, screen.getMaxY() - h)));
    }

    /**
     * The locale's short date and time ("12/2/2026, 5:06 PM", "02.12.2026, 17:06"), always with
     * a four-digit year: the short style of many locales has two.
     */
    public static DateTimeFormatter shortDateTime(Locale locale) {
        String pattern = java.time.format.DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.SHORT,
                FormatStyle.SHORT, java.time.chrono.IsoChronology.INSTANCE, locale);
        String fourDigits = pattern.replaceAll("(?<![yu])([yu])\\1(?![yu])", "$1$1$1$1");
        return DateTimeFormatter.ofPattern(fourDigits, locale);
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
