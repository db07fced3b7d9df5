package org.glossa.ui;

import static org.glossa.ui.MenuItems.bindDisabled;
import static org.glossa.ui.MenuItems.item;
import static org.glossa.ui.MenuItems.shortcut;
import static org.glossa.ui.MenuItems.shortcutShift;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.glossa.core.Library;
import org.glossa.model.HighlightColor;
import org.glossa.ui.annotations.AnnotationSidebar;
import org.glossa.ui.annotations.AnnotationsViewModel;
import org.glossa.ui.codebook.Codebook;
import org.glossa.ui.find.FindBar;
import org.glossa.ui.preferences.ReaderPreferences;
import org.glossa.ui.reader.ReaderActions;
import org.glossa.ui.reader.ReaderView;
import org.glossa.ui.tags.TagManagerDialog;
import org.glossa.ui.tags.TagsViewModel;

/** The main window's menu bar and toolbar, and the View menu's author layers. */
final class WindowMenus {
    private final Stage stage;
    private final Library library;
    private final Background background;
    private final FileActions files;
    private final LibraryTools tools;
    private final ReaderView reader;
    private final AnnotationsViewModel annotations;
    private final AnnotationSidebar sidebar;
    private final TagsViewModel tags;
    private final FindBar findBar;
    private final ReaderActions actions;
    private final ReaderPreferences preferences;
    private final Codebook codebook;
    private final SidePanes panes;
    private final Runnable closeDocument;
    /** Where the reader is (Go to…) and its bookmarks; set before the menus are built. */
    private org.glossa.ui.reader.ReadingLocation location;
    private org.glossa.ui.reader.ReaderBookmarks bookmarks;
    /** The keys the menus bind, and the list Help > Keyboard shortcuts shows. */
    private final Shortcuts shortcuts = new Shortcuts();

    WindowMenus(Stage stage, Library library, Background background, FileActions files, LibraryTools tools,
            ReaderView reader, AnnotationsViewModel annotations, AnnotationSidebar sidebar, TagsViewModel tags,
            FindBar findBar, ReaderActions actions, ReaderPreferences preferences, Codebook codebook,
            SidePanes panes, Runnable closeDocument) {
        this.stage = stage;
        this.library = library;
        this.background = background;
        this.files = files;
        this.tools = tools;
        this.reader = reader;
        this.annotations = annotations;
        this.sidebar = sidebar;
        this.tags = tags;
        this.findBar = findBar;
        this.actions = actions;
        this.preferences = preferences;
        this.codebook = codebook;
        this.panes = panes;
        this.closeDocument = closeDocument;
        shortcuts.add(new Shortcuts.Group("Reading pane", ReaderActions.KEYS.stream()
                .map(k -> new Shortcuts.Shortcut(k.keys(), k.action())).toList()));
        shortcuts.add(new Shortcuts.Group("Windows and panels", List.of(
                new Shortcuts.Shortcut("Escape", "closes the Library, Claims, Export and Class packets windows,"
                        + " the search panel and the find bar"),
                new Shortcuts.Shortcut("Enter", "in the library table or search results: open the document"))));
    }

    /** The reading position's commands: Go to… (View) and Bookmark (Annotations). */
    void navigation(org.glossa.ui.reader.ReadingLocation readingLocation, org.glossa.ui.reader.ReaderBookmarks marks) {
        location = readingLocation;
        bookmarks = marks;
    }

    /** Copy as citation and its style menu (Edit); set before the menus are built. */
    private org.glossa.ui.citation.CitationActions citations;

    void citations(org.glossa.ui.citation.CitationActions actions) {
        citations = actions;
    }

    /** Binds the menus' second keys (Ctrl+Y for Redo) on the window's scene. */
    void installKeys(javafx.scene.Scene scene) {
        shortcuts.install(scene);
    }

    /** The File menu, once built; sync adds Open class… and Sync remotes… to it. */
    private Menu fileMenu;
    /** Reads the open "Passages most marked" list again (after a sync brought in more), or null. */
    private Runnable mostMarkedRefresh;

    /** Adds items to the File menu after Open bundle. */
    void addToFileMenu(List<MenuItem> items) {
        int at = fileMenu.getItems().indexOf(fileMenu.getItems().stream()
                .filter(i -> "Open _bundle (.glossa)\u2026".equals(i.getText())).findFirst().orElseThrow()) + 1;
        fileMenu.getItems().addAll(at, items);
    }

    /** The open "Passages most marked" list reads its counts again. */
    void refreshMostMarked() {
        if (mostMarkedRefresh != null) {
            mostMarkedRefresh.run();
        }
    }

    MenuBar menuBar() {
        MenuBar[] bar = new MenuBar[1];
        Menu file = new Menu("_File", null,
                item("_Import\u2026", shortcut(KeyCode.O), files::chooseAndImport),
                item("Import _folder\u2026", null, files::chooseFolderAndImport),
                item("_Paste as new document", shortcutShift(KeyCode.V), files::pasteAsDocument),
                item("_Replace with new version\u2026", null, files::replaceWithNewVersion),
                bindDisabled(item("Show _whole page", null, files::showWholePage), files.webPageOpen()),
                new SeparatorMenuItem(),
                item("_Export annotations (W3C JSON-LD)\u2026", null, files::exportAnnotations),
                item("Import _annotations (W3C JSON-LD)\u2026", null, files::importAnnotations),
                item("E_xport document\u2026", shortcut(KeyCode.E), files::exportDocument),
                item("Export pro_ject (REFI-QDA)\u2026", null, files::exportProject),
                item("Open _bundle (.glossa)\u2026", null, files::chooseBundle),
                item("_Close document", shortcut(KeyCode.W), closeDocument),
                new SeparatorMenuItem(),
                item("_Quit", shortcut(KeyCode.Q), () -> stage.fireEvent(   // quits as the close button does
                        new javafx.stage.WindowEvent(stage, javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST))));
        fileMenu = file;
        Menu edit = new Menu("_Edit", null,
                bindDisabled(item("_Undo", shortcut(KeyCode.Z), annotations::undo), annotations.canUndoProperty()),
                shortcuts.alsoOn(bindDisabled(item("_Redo", shortcutShift(KeyCode.Z), annotations::redo),
                        annotations.canRedoProperty()), shortcut(KeyCode.Y)),
                new SeparatorMenuItem(),
                item("_Copy", null, actions::copySelection),
                item("Copy as c_itation", new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN,
                        KeyCombination.ALT_DOWN), () -> citations.copy(annotations.selected())),
                citations.styleMenu(),
                new SeparatorMenuItem(),
                item("_Find\u2026", shortcut(KeyCode.F), findBar::open),
                item("Find _next", new KeyCodeCombination(KeyCode.F3), findBar::next),
                item("Find _previous", new KeyCodeCombination(KeyCode.F3, KeyCombination.SHIFT_DOWN), findBar::previous),
                new SeparatorMenuItem(),
                item("_Preferences\u2026", shortcut(KeyCode.COMMA), preferences::show));
        Menu annotate = new Menu("_Annotations");
        for (HighlightColor c : HighlightColor.palette()) {
            MenuItem mi = item("", null, () -> actions.highlight(c.key()));
            mi.setId("menu-highlight-" + c.key());
            codebook.follow(() -> mi.setText(codebook.label(c)));
            annotate.getItems().add(mi);
        }
        annotate.getItems().addAll(new SeparatorMenuItem(),
                item("Colour _codebook\u2026", null, codebook::edit),
                new SeparatorMenuItem(),
                item("Add _note  (N)", null, actions::note),
                item("Add _tag  (T)", null, actions::tag),
                item("_Delete annotation", new KeyCodeCombination(KeyCode.DELETE), actions::deleteSelected),
                new SeparatorMenuItem(),
                item("_Orphans and matches to review", null, sidebar::showNeedingAttention),
                new SeparatorMenuItem(),
                item("_Bookmark this place (or remove its bookmark)", shortcut(KeyCode.D), bookmarks::toggle));
        Menu layers = new Menu("_Layers (authors)");
        layers.getItems().add(new MenuItem("(none)"));
        Menu view = new Menu("_View", null, preferences.themeMenu(), layers, preferences.colorByTagItem(),
                new SeparatorMenuItem(),
                toggle("Hide _library", "menu-hide-library", new KeyCodeCombination(KeyCode.F9),
                        panes.libraryHiddenProperty()),
                toggle("Hide a_nnotations", "menu-hide-annotations",
                        new KeyCodeCombination(KeyCode.F9, KeyCombination.SHIFT_DOWN), panes.annotationsHiddenProperty()),
                toggle("F_ocus mode (text only)", "menu-focus-mode",
                        new KeyCodeCombination(KeyCode.F9, KeyCombination.SHORTCUT_DOWN), panes.focusModeProperty()),
                new SeparatorMenuItem(),
                item("Zoom _in", shortcut(KeyCode.EQUALS), () -> preferences.zoom(1.1)),
                item("Zoom _out", shortcut(KeyCode.MINUS), () -> preferences.zoom(1 / 1.1)),
                item("_Actual size", shortcut(KeyCode.DIGIT0), () -> preferences.zoom(0)),
                new SeparatorMenuItem(),
                item("_Go to\u2026 (per cent or page)", shortcut(KeyCode.G), () -> location.askAndGo(stage)),
                new SeparatorMenuItem(),
                item("_Full screen", new KeyCodeCombination(KeyCode.F11), () -> stage.setFullScreen(!stage.isFullScreen())));
        // the authors of the open document are listed when the View menu opens
        view.setOnShowing(e -> fillLayers(layers));
        Menu help = new Menu("_Help", null,
                item("_Keyboard shortcuts", new KeyCodeCombination(KeyCode.F1), () -> HelpDialogs.shortcuts(stage, shortcuts.groups(bar[0]))),
                item("Open _log folder", null, files::openLogFolder),
                item("_About Glossa", null, () -> HelpDialogs.about(stage)));
        Menu libraryMenu = new Menu("_Library", null,
                item("_Tags\u2026", null, () -> TagManagerDialog.show(stage, tags,
                        name -> tools.showMemo(org.glossa.model.MemoTarget.tag(name)))),
                item("Class _packets\u2026", null, files::showPackets),
                new SeparatorMenuItem(),
                item("Project _memo\u2026", null, () -> tools.showMemo(org.glossa.model.MemoTarget.project())),
                item("Memo on this _document\u2026", null, tools::showDocumentMemo),
                item("M_emos\u2026", null, () -> tools.showMemo(null)),
                new SeparatorMenuItem(),
                item("Coders' _agreement\u2026", null, tools::showAgreement));
        tools.addMenuItems(libraryMenu);
        bar[0] = new MenuBar(file, edit, annotate, view, libraryMenu, help);
        bar[0].setUseSystemMenuBar(System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("mac"));
        return bar[0];
    }

    ToolBar toolBar() {
        List<Node> nodes = new ArrayList<>();
        Button importButton = new Button("Import\u2026");
        importButton.setOnAction(e -> files.chooseAndImport());
        Tips.on(importButton, "Import documents (Ctrl+O)");
        nodes.add(importButton);
        nodes.add(new Separator());
        for (HighlightColor c : HighlightColor.palette()) {
            Button b = new Button();
            b.setId("highlight-" + c.key());
            b.getStyleClass().addAll("color-button", "swatch-" + c.key());
            Tips.on(b, () -> codebook.label(c));
            b.setAccessibleText("Highlight " + c.key());
            b.setFocusTraversable(false);
            b.setOnAction(e -> actions.highlight(c.key()));
            nodes.add(b);
        }
        nodes.add(toolButton("Note", "note-button", "Add a note to the selection or highlight (N)", actions::note));
        nodes.add(toolButton("Tag", "tag-button", "Tag the selection or highlight (T)", actions::tag));
        return new ToolBar(nodes.toArray(Node[]::new));
    }

    /** A check item that shows and sets a choice. */
    private static CheckMenuItem toggle(String text, String id, KeyCombination key,
            javafx.beans.property.BooleanProperty choice) {
        CheckMenuItem item = new CheckMenuItem(text);
        item.setId(id);
        item.setAccelerator(key);
        item.selectedProperty().bindBidirectional(choice);
        return item;
    }

    private static Button toolButton(String text, String id, String tooltip, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        Tips.on(b, tooltip);
        b.setFocusTraversable(false);
        b.setOnAction(e -> action.run());
        return b;
    }

    /** One check item per author of the open document's annotations: shown or hidden. */
    private void fillLayers(Menu layers) {
        layers.getItems().clear();
        List<String> authors = annotations.authors();
        if (authors.isEmpty()) {
            MenuItem none = new MenuItem("No annotations in this document");
            none.setDisable(true);
            layers.getItems().add(none);
            return;
        }
        for (String author : authors) {
            CheckMenuItem item = new CheckMenuItem(author.isEmpty() ? "(unknown)" : author);
            item.setSelected(!annotations.hiddenAuthors().contains(author));
            item.setOnAction(e -> {
                if (item.isSelected()) {
                    annotations.hiddenAuthors().remove(author);
                } else {
                    annotations.hiddenAuthors().add(author);
                }
            });
            layers.getItems().add(item);
        }
        layers.getItems().addAll(new SeparatorMenuItem(),
                item("Passages most marked\u2026", null, this::showMostMarked));
    }

    /** Which passages most authors (students) marked, most first; choosing one goes there. */
    private void showMostMarked() {
        if (reader.document() == null) {
            return;
        }
        long id = reader.document().id();
        background.run(() -> library.layers().mostMarkedPassages(id, 2), first -> {
            ListView<String> list = new ListView<>();
            list.setId("most-marked");
            list.setPlaceholder(new Label("No passage was marked by two or more people."));
            List<org.glossa.core.packet.PassageRanking.MarkedPassage> passages = new ArrayList<>();
            java.util.function.Consumer<List<org.glossa.core.packet.PassageRanking.MarkedPassage>> fill = now -> {
                passages.clear();
                passages.addAll(now);
                list.getItems().setAll(now.stream().map(p -> p.authors().size() + " \u00b7 \u201c"
                        + (p.text().length() > 120 ? p.text().substring(0, 120) + "\u2026" : p.text()) + "\u201d")
                        .toList());
            };
            fill.accept(first);
            list.setOnMouseClicked(e -> {
                int i = list.getSelectionModel().getSelectedIndex();
                if (i >= 0) {
                    reader.jumpTo(passages.get(i).start());
                }
            });
            Dialog<Void> dialog = new Dialog<>();
            dialog.initOwner(stage);
            dialog.setTitle("Passages most marked");
            dialog.setHeaderText("Passages marked by the most people (number of people first)");
            dialog.getDialogPane().setContent(list);
            dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
            // the counts follow the students' layers as background syncs bring them in
            Runnable refresh = () -> background.run(() -> library.layers().mostMarkedPassages(id, 2), fill);
            mostMarkedRefresh = refresh;
            dialog.setOnHidden(e -> {
                if (mostMarkedRefresh == refresh) {
                    mostMarkedRefresh = null;
                }
            });
            dialog.show();
        });
    }
}
