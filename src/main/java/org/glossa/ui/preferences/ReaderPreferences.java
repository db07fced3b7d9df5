package org.glossa.ui.preferences;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.glossa.core.store.TagRepository;
import org.glossa.ui.annotations.AnnotationsViewModel;
import org.glossa.ui.reader.ReaderSettings;
import org.glossa.ui.reader.ReaderView;
import org.glossa.ui.tags.TagsViewModel;

/**
 * The reader's settings in the window: the theme, the reading pane's type and colours, zoom and
 * colouring highlights by tag; each change is applied at once and saved in the config folder.
 */
public final class ReaderPreferences {
    private final Stage stage;
    private final org.glossa.ui.SettingsStore settingsStore;
    private final Region root;
    private final ReaderView reader;
    private final AnnotationsViewModel annotations;
    private final TagsViewModel tags;
    private final Map<ReaderSettings.Theme, RadioMenuItem> themeItems = new EnumMap<>(ReaderSettings.Theme.class);
    private final CheckMenuItem colorByTagItem = new CheckMenuItem("_Colour highlights by tag");

    /** {@code root} carries the theme's style class. */
    public ReaderPreferences(Stage stage, org.glossa.ui.SettingsStore settingsStore, Region root, ReaderView reader,
            AnnotationsViewModel annotations, TagsViewModel tags) {
        this.stage = stage;
        this.settingsStore = settingsStore;
        this.root = root;
        this.reader = reader;
        this.annotations = annotations;
        this.tags = tags;
        tags.tags().addListener((ListChangeListener<TagRepository.TagCount>) change -> updateTagColoring());
        colorByTagItem.setId("view-color-by-tag");
        colorByTagItem.setOnAction(e -> save(reader.settings().withColorByTag(colorByTagItem.isSelected())));
    }

    /** Applies reader settings to the window (theme) and the reading pane (type, spacing, width, colours). */
    public void apply(ReaderSettings settings) {
        reader.apply(settings);
        colorByTagItem.setSelected(settings.colorByTag());
        updateTagColoring();
        for (ReaderSettings.Theme t : ReaderSettings.Theme.values()) {
            root.getStyleClass().remove(t.styleClass());
        }
        root.getStyleClass().add(settings.theme().styleClass());
        var item = themeItems.get(settings.theme());
        if (item != null) {
            item.setSelected(true);
        }
    }

    /** The View menu's themes, one radio item each. */
    public Menu themeMenu() {
        Menu theme = new Menu("_Theme");
        ToggleGroup themes = new ToggleGroup();
        for (ReaderSettings.Theme t : ReaderSettings.Theme.values()) {
            RadioMenuItem mi = new RadioMenuItem(t.toString());
            mi.setId("theme-" + t.name().toLowerCase(Locale.ROOT));
            mi.setToggleGroup(themes);
            mi.setOnAction(e -> save(reader.settings().withTheme(t)));
            themeItems.put(t, mi);
            theme.getItems().add(mi);
        }
        return theme;
    }

    /** The View menu's switch for colouring highlights by their tags. */
    public CheckMenuItem colorByTagItem() {
        return colorByTagItem;
    }

    /** Zooms the reading pane by {@code factor}; 0 is actual size. */
    public void zoom(double factor) {
        reader.zoom(factor);
        save(reader.settings());
    }

    private java.util.function.Supplier<String> authorName;
    private java.util.function.Consumer<String> onAuthorName = name -> { };

    /** Shows a "Your name" field in the dialog: its value now, and what to do with a new one. */
    public void offerAuthorName(java.util.function.Supplier<String> current, java.util.function.Consumer<String> onNew) {
        this.authorName = current;
        this.onAuthorName = onNew;
    }

    /** The preferences dialog: changes are previewed as they are made and saved when it is done. */
    public void show() {
        PreferencesDialog.show(stage, reader.settings(), this::apply, this::save,
                authorName == null ? null : authorName.get(), onAuthorName);
    }

    /** The reader's preferences as the settings store names them. */
    private static final String SETTINGS = "reader";

    /** The reader's preferences as saved last time (the defaults before the first save). */
    public ReaderSettings saved() {
        return ReaderSettings.from(settingsStore.read(SETTINGS));
    }

    private void save(ReaderSettings settings) {
        apply(settings);
        settingsStore.write(SETTINGS, settings.toProperties());
    }

    /** Colours highlights by their tags' colours while that is switched on. */
    private void updateTagColoring() {
        if (!reader.settings().colorByTag()) {
            annotations.tagColoringProperty().set(null);
            return;
        }
        Map<String, String> byTag = new HashMap<>();
        for (var t : tags.tags()) {
            if (t.color() != null && !t.color().isBlank()) {
                byTag.put(t.name(), t.color());
            }
        }
        annotations.tagColoringProperty().set(Map.copyOf(byTag));
    }
}
