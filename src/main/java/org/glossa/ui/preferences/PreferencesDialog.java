package org.glossa.ui.preferences;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.glossa.ui.reader.ReaderSettings;
import org.glossa.ui.reader.ReaderView;

/** Preferences: how the reader looks. Changes show at once; Cancel puts back what was there. */
public final class PreferencesDialog {
    private PreferencesDialog() {
    }

    /**
     * Shows the dialog; {@code preview} is called with every change, and with the final settings
     * (the chosen ones on OK, the original ones on Cancel) when it closes.
     */
    public static void show(Window owner, ReaderSettings current, Consumer<ReaderSettings> preview,
                            Consumer<ReaderSettings> onDone) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Preferences");
        dialog.setHeaderText("Reading");
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);

        ChoiceBox<ReaderSettings.Theme> theme = new ChoiceBox<>();
        theme.getItems().setAll(ReaderSettings.Theme.values());
        theme.setValue(current.theme());
        theme.setId("pref-theme");
        List<String> families = new ArrayList<>(ReaderView.serifFamilies());
        for (String extra : List.of("DejaVu Sans", "Liberation Sans", "Noto Sans", "Arial")) {
            if (javafx.scene.text.Font.getFamilies().contains(extra) && !families.contains(extra)) {
                families.add(extra);
            }
        }
        ChoiceBox<String> font = new ChoiceBox<>();
        font.getItems().setAll(families);
        font.setValue(current.fontFamily() == null || current.fontFamily().isBlank() || !families.contains(current.fontFamily())
                ? (families.isEmpty() ? null : families.get(0)) : current.fontFamily());
        Spinner<Integer> size = new Spinner<>((int) ReaderSettings.MIN_SIZE, (int) ReaderSettings.MAX_SIZE,
                (int) Math.round(current.fontSize()));
        size.setEditable(true);
        ChoiceBox<ReaderSettings.Spacing> spacing = new ChoiceBox<>();
        spacing.getItems().setAll(ReaderSettings.Spacing.values());
        spacing.setValue(current.spacing());
        ChoiceBox<ReaderSettings.Width> width = new ChoiceBox<>();
        width.getItems().setAll(ReaderSettings.Width.values());
        width.setValue(current.width());
        CheckBox underline = new CheckBox("Show highlights as underlines");
        underline.setSelected(current.underlineHighlights());
        CheckBox byTag = new CheckBox("Colour highlights by their tags");
        byTag.setId("prefs-color-by-tag");
        byTag.setSelected(current.colorByTag());
        byTag.setTooltip(new javafx.scene.control.Tooltip(
                "A highlight takes the colour of its first tag that has one (Tools \u203a Tags sets tag colours)."));

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        grid.setPadding(new Insets(12));
        addRow(grid, 0, "Theme", theme);
        addRow(grid, 1, "Typeface", font);
        addRow(grid, 2, "Size", size);
        addRow(grid, 3, "Line spacing", spacing);
        addRow(grid, 4, "Page width", width);
        grid.add(underline, 1, 5);
        grid.add(byTag, 1, 6);
        dialog.getDialogPane().setContent(grid);

        Runnable changed = () -> preview.accept(new ReaderSettings(theme.getValue(), font.getValue(),
                size.getValue(), spacing.getValue(), width.getValue(), underline.isSelected(), byTag.isSelected()));
        theme.valueProperty().addListener((o, a, b) -> changed.run());
        font.valueProperty().addListener((o, a, b) -> changed.run());
        size.valueProperty().addListener((o, a, b) -> changed.run());
        spacing.valueProperty().addListener((o, a, b) -> changed.run());
        width.valueProperty().addListener((o, a, b) -> changed.run());
        underline.selectedProperty().addListener((o, a, b) -> changed.run());
        byTag.selectedProperty().addListener((o, a, b) -> changed.run());

        dialog.setOnHidden(e -> {
            if (dialog.getResult() == ButtonType.OK) {
                onDone.accept(new ReaderSettings(theme.getValue(), font.getValue(), size.getValue(),
                        spacing.getValue(), width.getValue(), underline.isSelected(), byTag.isSelected()));
            } else {
                onDone.accept(current);
            }
        });
        dialog.show();
    }

    private static void addRow(GridPane grid, int row, String label, javafx.scene.Node control) {
        Label l = new Label(label);
        l.setLabelFor(control);
        grid.add(l, 0, row);
        grid.add(control, 1, row);
    }
}
