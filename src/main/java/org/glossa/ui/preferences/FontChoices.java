package org.glossa.ui.preferences;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.scene.control.ListCell;
import javafx.scene.text.Font;
import org.glossa.ui.reader.ReaderView;

/**
 * The typefaces the Preferences offer: every family installed here, the serif faces made for
 * long reading first (the reader's default is the first of them), then all the others A to Z.
 */
final class FontChoices {
    private FontChoices() {
    }

    static List<String> families() {
        Set<String> out = new LinkedHashSet<>(ReaderView.serifFamilies());
        List<String> rest = new ArrayList<>(Font.getFamilies());
        rest.sort(Comparator.comparing(f -> f.toLowerCase(Locale.ROOT)));
        out.addAll(rest);
        return List.copyOf(out);
    }

    /** The family to show as chosen: the saved one while it is installed, else the reader's default. */
    static String shown(String saved) {
        List<String> all = families();
        if (saved != null && !saved.isBlank() && all.contains(saved)) {
            return saved;
        }
        return all.isEmpty() ? null : all.get(0);
    }

    /** A family's name written in that family, so the list is a sample of itself. */
    static final class Cell extends ListCell<String> {
        @Override
        protected void updateItem(String family, boolean empty) {
            super.updateItem(family, empty);
            setText(empty || family == null ? null : family);
            setFont(empty || family == null ? Font.getDefault() : Font.font(family, Font.getDefault().getSize()));
        }
    }
}
