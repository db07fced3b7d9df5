package org.glossa.ui.preferences;

import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.glossa.ui.reader.ReaderSettings;

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
        show(owner, current, preview, onDone, null, name -> { });
    }

    /**
     * The same with a "Your name" field (when {@code name} is not null): the name new annotations
     * are signed with, handed to {@code onName} on OK.
     */
    public static void show(Window owner, ReaderSettings current, Consumer<ReaderSettings> preview,
                            Consumer<ReaderSettings> onDone, String name, Consumer<String> onName) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Preferences");
        dialog.setHeaderText("Reading");
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);

        ChoiceBox<ReaderSettings.Theme> theme = new ChoiceBox<>();
        theme.getItems().setAll(ReaderSettings.Theme.values());
        theme.setValue(current.theme());
        theme.setId("pref-theme");
        ComboBox<String> font = new ComboBox<>();
        font.setId("pref-font");
        font.getItems().setAll(FontChoices.families());
        font.setVisibleRowCount(14);
        font.setValue(FontChoices.shown(current.fontFamily()));
        font.setCellFactory(v -> new FontChoices.Cell());
        Spinner<Integer> size = new Spinner<>((int) ReaderSettings.MIN_SIZE, (int) ReaderSettings.MAX_SIZE,
                (int) Math.round(current.fontSize()));
        size.setEditable(true);
        ChoiceBox<ReaderSettings.Spacing> spacing = new ChoiceBox<>();
        spacing.getItems().setAll(ReaderSettings.Spacing.values());
        spacing.setValue(current.spacing());
        CheckBox justify = new CheckBox("Justify text (straight right edge)");
        justify.setId("pref-justify");
        justify.setSelected(current.justify());
        justify.setTooltip(new javafx.scene.control.Tooltip("Lines are spread to the full column width. Words are"
                + " not hyphenated: the reader shows the text exactly as stored."));
        ChoiceBox<ReaderSettings.Margin> margin = new ChoiceBox<>();
        margin.setId("pref-margin");
        margin.getItems().setAll(ReaderSettings.Margin.values());
        margin.setValue(current.margin());
        ChoiceBox<ReaderSettings.Width> width = new ChoiceBox<>();
        width.setId("pref-width");
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
        addRow(grid, 5, "Side margins", margin);
        grid.add(justify, 1, 6);
        grid.add(underline, 1, 7);
        grid.add(byTag, 1, 8);
        javafx.scene.control.TextField yourName = new javafx.scene.control.TextField(name == null ? "" : name);
        yourName.setId("pref-author");
        yourName.setPromptText("the name on your annotations, claims and packets");
        if (name != null) {
            addRow(grid, 9, "Your name", yourName);
        }
        dialog.getDialogPane().setContent(grid);

        java.util.function.Supplier<ReaderSettings> chosen = () -> new ReaderSettings(theme.getValue(),
                font.getValue(), size.getValue(), spacing.getValue(), width.getValue(), underline.isSelected(),
                byTag.isSelected(), justify.isSelected(), margin.getValue());
        Runnable changed = () -> preview.accept(chosen.get());
        theme.valueProperty().addListener((o, a, b) -> changed.run());
        font.valueProperty().addListener((o, a, b) -> changed.run());
        size.valueProperty().addListener((o, a, b) -> changed.run());
        spacing.valueProperty().addListener((o, a, b) -> changed.run());
        width.valueProperty().addListener((o, a, b) -> changed.run());
        underline.selectedProperty().addListener((o, a, b) -> changed.run());
        byTag.selectedProperty().addListener((o, a, b) -> changed.run());
        justify.selectedProperty().addListener((o, a, b) -> changed.run());
        margin.valueProperty().addListener((o, a, b) -> changed.run());

        dialog.setOnHidden(e -> {
            if (dialog.getResult() == ButtonType.OK) {
                onDone.accept(chosen.get());
                if (name != null && !yourName.getText().isBlank() && !yourName.getText().strip().equals(name)) {
                    onName.accept(yourName.getText().strip());
                }
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
