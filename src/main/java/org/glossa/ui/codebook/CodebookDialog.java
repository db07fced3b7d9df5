package org.glossa.ui.codebook;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import org.glossa.model.HighlightColor;

/** The colour codebook: what each highlight colour means in this library ("yellow = Claim"). */
public final class CodebookDialog {
    private CodebookDialog() {
    }

    public static void show(Window owner, Map<HighlightColor, String> current, Consumer<Map<HighlightColor, String>> onSave) {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(12));
        Map<HighlightColor, TextField> fields = new EnumMap<>(HighlightColor.class);
        int row = 0;
        for (HighlightColor c : HighlightColor.palette()) {
            Region swatch = new Region();
            swatch.getStyleClass().addAll("color-button", "swatch-" + c.key());
            Label key = new Label((c.ordinal() + 1) + "  " + c.key());
            TextField name = new TextField(current.getOrDefault(c, c.defaultMeaning()));
            name.setId("codebook-" + c.key());
            name.setPromptText(c.defaultMeaning());
            name.setAccessibleText("Meaning of " + c.key());
            key.setLabelFor(name);
            fields.put(c, name);
            grid.addRow(row++, swatch, key, name);
        }
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Colour codebook");
        dialog.setHeaderText("What each colour means in this library");
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> {
            Map<HighlightColor, String> names = new EnumMap<>(HighlightColor.class);
            fields.forEach((c, f) -> names.put(c, f.getText()));
            onSave.accept(names);
        });
    }
}
