package org.glossa.ui.codebook;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.stage.Stage;
import org.glossa.core.Library;
import org.glossa.model.HighlightColor;
import org.glossa.ui.Background;
import org.glossa.ui.StatusLine;

/**
 * The library's colour codebook as the window shows it: the meaning of each highlight colour in
 * menus, tooltips and the selection popover, relabelled when the codebook is read or edited.
 */
public final class Codebook {
    private final Stage stage;
    private final Library library;
    private final Background background;
    private final StatusLine status;
    private final List<Runnable> labels = new ArrayList<>();
    private Map<HighlightColor, String> meanings = defaults();

    public Codebook(Stage stage, Library library, Background background, StatusLine status) {
        this.stage = stage;
        this.library = library;
        this.background = background;
        this.status = status;
    }

    /** What {@code c} means in this library, else its default meaning. */
    public String meaning(HighlightColor c) {
        return meanings.getOrDefault(c, c.defaultMeaning());
    }

    /** A colour's label in menus and tooltips: meaning, colour and its key. */
    public String label(HighlightColor c) {
        return meaning(c) + " \u2014 " + c.key() + "  (" + (c.ordinal() + 1) + ")";
    }

    /** Runs {@code label} now and again whenever the codebook changes. */
    public void follow(Runnable label) {
        label.run();
        labels.add(label);
    }

    /** Reads the library's codebook in the background. */
    public void load() {
        background.run(library::codebook, this::changed);
    }

    /** The codebook dialog; what it saves is stored in the library. */
    public void edit() {
        CodebookDialog.show(stage, meanings, names -> background.run(() -> {
            library.setCodebook(names);
            return library.codebook();
        }, loaded -> {
            changed(loaded);
            status.info("Codebook saved.");
        }));
    }

    private void changed(Map<HighlightColor, String> loaded) {
        meanings = loaded;
        labels.forEach(Runnable::run);
    }

    private static Map<HighlightColor, String> defaults() {
        Map<HighlightColor, String> m = new EnumMap<>(HighlightColor.class);
        HighlightColor.palette().forEach(c -> m.put(c, c.defaultMeaning()));
        return m;
    }
}
