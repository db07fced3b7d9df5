package org.glossa.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.IndexRange;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.glossa.core.Library;
import org.glossa.model.Annotation;
import org.glossa.model.HighlightColor;
import org.glossa.ui.annotations.AnnotationSidebar;
import org.glossa.ui.codebook.CodebookDialog;
import org.glossa.ui.contents.ContentsView;
import org.glossa.ui.find.FindBar;
import org.glossa.ui.reader.HoverNotes;
import org.glossa.ui.reader.SelectionPopover;
import org.glossa.ui.tags.TagManagerDialog;
import org.glossa.ui.tags.TagsViewModel;
import org.glossa.ui.preferences.PreferencesDialog;
import org.glossa.ui.reader.ReaderSettings;
import org.glossa.ui.annotations.AnnotationsViewModel;
import org.glossa.ui.library.DocumentsViewModel;
import org.glossa.ui.library.LibraryView;
import org.glossa.ui.reader.ReaderView;

/** The main window: menus, toolbar, library list, reading pane and annotation sidebar. */
public final class MainWindow {
    private final Stage stage;
    private final StatusLine status = new StatusLine();
    private final DocumentsViewModel documents;
    private final AnnotationsViewModel annotations;
    private final LibraryView libraryView;
    private final ReaderView reader;
    private final AnnotationSidebar sidebar;
    private final SplitPane split;
    private final WindowState windowState;
    private final FindBar findBar;
    private final Path configDir;
    private final BorderPane root;
    private final TagsViewModel tags;
    private final ContentsView contents;
    private final Label progress = new Label();
    /** Made when first needed: most starts never select text. */
    private SelectionPopover popover;
    private java.util.Map<HighlightColor, String> codebook = defaultCodebook();
    private final java.util.List<Runnable> codebookListeners = new ArrayList<>();
    private final Library library;
    private final Background background;
    private final FileActions files;
    private final LibraryTools tools;
    /** Waiting for the first view; null once it is shown. */
    private List<Runnable> firstViewWaiting = new ArrayList<>();

    public MainWindow(Stage stage, Library library, Background background, Path configDir) {
        this.stage = stage;
        this.library = library;
        this.background = background;
        documents = new DocumentsViewModel(library, background, status);
        annotations = new AnnotationsViewModel(library, background, status);
        libraryView = new LibraryView(documents);
        reader = new ReaderView(annotations);
        sidebar = new AnnotationSidebar(annotations);
        windowState = new WindowState(configDir);
        this.configDir = configDir;
        findBar = new FindBar(reader);
        files = new FileActions(stage, library, background, status, documents, annotations, reader);
        tags = new TagsViewModel(library, background, status, annotations::reload);
        sidebar.suggestTagsFrom(tags.names());
        tags.tags().addListener((javafx.collections.ListChangeListener<org.glossa.core.store.TagRepository.TagCount>)
                change -> updateTagColoring());
        sidebar.readSelectionFrom(this::trimmedSelection);
        VBox readerPane = new VBox(findBar.node(), reader.node());
        VBox.setVgrow(reader.node(), Priority.ALWAYS);

        contents = new ContentsView(reader::jumpTo);
        javafx.scene.control.Tab libraryTab = new javafx.scene.control.Tab("Library", libraryView.node());
        javafx.scene.control.Tab contentsTab = new javafx.scene.control.Tab("Contents", contents.node());
        libraryTab.setClosable(false);
        contentsTab.setClosable(false);
        javafx.scene.control.TabPane leftPane = new javafx.scene.control.TabPane(libraryTab, contentsTab);
        leftPane.setId("left-pane");
        LazyTabs.deferContent(contentsTab);
        leftPane.setMinWidth(160);
        // the library table, library search, claims table, tag overview and links (LibraryTools)
        tools = new LibraryTools(stage, library, background, status, documents, annotations, reader, leftPane);
        tools.addLinksTo(sidebar);
        tools.setOnOpenDocumentDeleted(this::closeDocument);

        split = new SplitPane(leftPane, readerPane, sidebar.node());
        split.setDividerPositions(0.17, 0.74);
        SplitPane.setResizableWithParent(leftPane, false);
        SplitPane.setResizableWithParent(sidebar.node(), false);

        Label statusLabel = new Label();
        statusLabel.setId("status-line");
        statusLabel.getStyleClass().add("status-line");
        statusLabel.textProperty().bind(status.messageProperty());
        status.errorProperty().addListener((obs, was, is) -> {
            if (is) {
                statusLabel.getStyleClass().add("error");
            } else {
                statusLabel.getStyleClass().remove("error");
            }
        });
        statusLabel.setMaxWidth(Double.MAX_VALUE);

        root = new BorderPane(split);
        root.setTop(new VBox(menuBar(), toolBar()));
        progress.setId("reading-progress");
        progress.getStyleClass().add("progress-label");
        javafx.scene.layout.HBox.setHgrow(statusLabel, Priority.ALWAYS);
        root.setBottom(new javafx.scene.layout.HBox(statusLabel, progress));
        reader.area().estimatedScrollYProperty().addListener((obs, old, y) -> updateProgress());
        reader.area().heightProperty().addListener((obs, old, h) -> updateProgress());
        stage.setTitle("Glossa");
        stage.setMinWidth(640);
        stage.setMinHeight(400);
        windowState.applyTo(stage, split);
        // sized like the window: showing it then lays the scene out once, at that size, instead
        // of first measuring everything (the open document's text, too) at its preferred size
        Scene scene = new Scene(root, stage.getWidth(), stage.getHeight());
        scene.getStylesheets().add(MainWindow.class.getResource("/css/glossa.css").toExternalForm());
        stage.setScene(scene);
        applySettings(ReaderSettings.load(configDir));

        wireReader();
        wireDragAndDrop(scene);
        documents.setOnOpened(opened -> {
            rememberPosition();
            annotations.show(opened.document().id(), opened.document().text(), opened.annotations());
            reader.show(opened.document(), opened.paragraph());
            findBar.refresh();
            contents.show(opened.document());
            javafx.application.Platform.runLater(this::updateProgress);
            stage.setTitle(opened.document().title() + " \u2014 Glossa");
            status.info("Opened \u201c" + opened.document().title() + "\u201d.");
        });
        javafx.animation.PauseTransition countsLater = new javafx.animation.PauseTransition(
                javafx.util.Duration.millis(400));
        countsLater.setOnFinished(e -> {
            documents.refresh();
            tags.refresh();
        });
        // counts in the library list and tag suggestions follow edits, but not on every keystroke
        annotations.annotations().addListener((javafx.collections.ListChangeListener<Annotation>) c ->
                countsLater.playFromStart());
        tags.refresh();
        loadCodebook();
        sidebar.list().setOnMouseClicked(e -> revealSelected());
        sidebar.list().addEventHandler(KeyEvent.KEY_RELEASED, e -> {
            if (e.getCode().isNavigationKey() || e.getCode() == KeyCode.ENTER) {
                revealSelected();
            }
        });
        documents.setOnTarget(target -> {
            if (target.annotationId() != null) {
                annotations.annotations().stream().filter(a -> a.id().equals(target.annotationId())).findFirst()
                        .ifPresent(a -> {
                            annotations.selectedProperty().set(a);
                            reader.reveal(a);
                        });
            } else if (target.offset() != null) {
                reader.jumpTo(target.offset());
            }
        });
    }

    /**
     * Shows the first view (the document open last time): at once when it was read beforehand,
     * else as soon as the background has read it.
     */
    public void start(DocumentsViewModel.FirstView firstView) {
        if (firstView != null) {
            documents.start(firstView);
            firstViewShown();
        } else {
            documents.start(this::firstViewShown);
        }
    }

    /** Runs {@code then} once the first view is in the window (at once if it is already). */
    public void whenFirstViewShown(Runnable then) {
        if (firstViewWaiting == null) {
            then.run();
        } else {
            firstViewWaiting.add(then);
        }
    }

    private void firstViewShown() {
        List<Runnable> waiting = firstViewWaiting;
        firstViewWaiting = null;
        if (waiting != null) {
            waiting.forEach(Runnable::run);
        }
    }

    public StatusLine status() {
        return status;
    }

    public ReaderView reader() {
        return reader;
    }

    public TagsViewModel tags() {
        return tags;
    }

    public AnnotationsViewModel annotations() {
        return annotations;
    }

    public LibraryTools tools() {
        return tools;
    }

    public DocumentsViewModel documents() {
        return documents;
    }

    /** Saves what must survive a restart of the window; called when it closes. */
    /** Imports files and the documents inside folders, with progress (File > Import, drag and drop). */
    public void importFiles(List<java.io.File> list) {
        files.importFiles(list);
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
            javafx.scene.control.CheckMenuItem item = new javafx.scene.control.CheckMenuItem(
                    author.isEmpty() ? "(unknown)" : author);
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
        background.run(() -> library.layers().mostMarkedPassages(id, 2), passages -> {
            javafx.scene.control.ListView<String> list = new javafx.scene.control.ListView<>();
            list.setId("most-marked");
            list.setPlaceholder(new Label("No passage was marked by two or more people."));
            passages.forEach(p -> list.getItems().add(p.authors().size() + " \u00b7 \u201c"
                    + (p.text().length() > 120 ? p.text().substring(0, 120) + "\u2026" : p.text()) + "\u201d"));
            list.setOnMouseClicked(e -> {
                int i = list.getSelectionModel().getSelectedIndex();
                if (i >= 0) {
                    reader.jumpTo(passages.get(i).start());
                }
            });
            javafx.scene.control.Dialog<Void> dialog = new javafx.scene.control.Dialog<>();
            dialog.initOwner(stage);
            dialog.setTitle("Passages most marked");
            dialog.setHeaderText("Passages marked by the most people (number of people first)");
            dialog.getDialogPane().setContent(list);
            dialog.getDialogPane().getButtonTypes().add(javafx.scene.control.ButtonType.CLOSE);
            dialog.show();
        });
    }

    /** Opens what was given on the command line: a .glossa bundle or a glossa:// link. */
    public void openArgument(String argument) {
        if (argument.startsWith("glossa:")) {
            files.openLink(argument);
        } else {
            files.openBundle(Path.of(argument));
        }
    }

    public void saveState() {
        rememberPosition();
        windowState.save(stage, split);
    }

    private void rememberPosition() {
        if (reader.document() != null) {
            documents.rememberPosition(reader.document().id(), reader.firstVisibleParagraph());
        }
    }

    private MenuBar menuBar() {
        Menu file = new Menu("_File", null,
                item("_Import\u2026", shortcut(KeyCode.O), files::chooseAndImport),
                item("Import _folder\u2026", null, files::chooseFolderAndImport),
                item("_Paste as new document", new KeyCodeCombination(KeyCode.V, KeyCombination.SHORTCUT_DOWN,
                        KeyCombination.SHIFT_DOWN), files::pasteAsDocument),
                item("_Replace with new version\u2026", null, files::replaceWithNewVersion),
                new SeparatorMenuItem(),
                item("_Export annotations (W3C JSON-LD)\u2026", null, files::exportAnnotations),
                item("Import _annotations (W3C JSON-LD)\u2026", null, files::importAnnotations),
                item("E_xport document\u2026", shortcut(KeyCode.E), files::exportDocument),
                item("Open _bundle (.glossa)\u2026", null, files::chooseBundle),
                item("_Close document", shortcut(KeyCode.W), this::closeDocument),
                new SeparatorMenuItem(),
                item("_Quit", shortcut(KeyCode.Q), stage::close));
        Menu edit = new Menu("_Edit", null,
                bindDisabled(item("_Undo", shortcut(KeyCode.Z), annotations::undo), annotations.canUndoProperty()),
                bindDisabled(item("_Redo", new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
                        KeyCombination.SHIFT_DOWN), annotations::redo), annotations.canRedoProperty()),
                new SeparatorMenuItem(),
                item("_Copy", null, this::copySelection),
                new SeparatorMenuItem(),
                item("_Find\u2026", shortcut(KeyCode.F), findBar::open),
                item("Find _next", new KeyCodeCombination(KeyCode.F3), findBar::next),
                item("Find _previous", new KeyCodeCombination(KeyCode.F3, KeyCombination.SHIFT_DOWN), findBar::previous),
                new SeparatorMenuItem(),
                item("_Preferences\u2026", shortcut(KeyCode.COMMA), this::showPreferences));
        Menu annotate = new Menu("_Annotations");
        for (HighlightColor c : HighlightColor.palette()) {
            MenuItem mi = item("", null, () -> highlight(c.key()));
            mi.setId("menu-highlight-" + c.key());
            Runnable label = () -> mi.setText(colorLabel(c));
            label.run();
            codebookListeners.add(label);
            annotate.getItems().add(mi);
        }
        annotate.getItems().addAll(new SeparatorMenuItem(),
                item("Colour _codebook\u2026", null, this::showCodebook),
                new SeparatorMenuItem(),
                item("Add _note  (N)", null, this::noteAction),
                item("Add _tag  (T)", null, this::tagAction),
                item("_Delete annotation", new KeyCodeCombination(KeyCode.DELETE), this::deleteSelected),
                new SeparatorMenuItem(),
                item("_Orphans and matches to review", null, sidebar::showNeedingAttention));
        Menu theme = new Menu("_Theme");
        javafx.scene.control.ToggleGroup themes = new javafx.scene.control.ToggleGroup();
        for (ReaderSettings.Theme t : ReaderSettings.Theme.values()) {
            javafx.scene.control.RadioMenuItem mi = new javafx.scene.control.RadioMenuItem(t.toString());
            mi.setId("theme-" + t.name().toLowerCase());
            mi.setToggleGroup(themes);
            mi.setOnAction(e -> saveSettings(reader.settings().withTheme(t)));
            themeItems.put(t, mi);
            theme.getItems().add(mi);
        }
        Menu layers = new Menu("_Layers (authors)");
        layers.getItems().add(new MenuItem("(none)"));
        colorByTagItem.setId("view-color-by-tag");
        colorByTagItem.setOnAction(e -> saveSettings(reader.settings().withColorByTag(colorByTagItem.isSelected())));
        Menu view = new Menu("_View", null, theme, layers, colorByTagItem, new SeparatorMenuItem(),
                item("Zoom _in", new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN), () -> zoom(1.1)),
                item("Zoom _out", new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN), () -> zoom(1 / 1.1)),
                item("_Actual size", new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN), () -> zoom(0)),
                new SeparatorMenuItem(),
                item("_Full screen", new KeyCodeCombination(KeyCode.F11), () -> stage.setFullScreen(!stage.isFullScreen())));
        // the authors of the open document are listed when the View menu opens
        view.setOnShowing(e -> fillLayers(layers));
        Menu help = new Menu("_Help", null,
                item("_Keyboard shortcuts", new KeyCodeCombination(KeyCode.F1), () -> HelpDialogs.shortcuts(stage)),
                item("Open _log folder", null, files::openLogFolder),
                item("_About Glossa", null, () -> HelpDialogs.about(stage)));
        Menu libraryMenu = new Menu("_Library", null,
                item("_Tags\u2026", null, () -> TagManagerDialog.show(stage, tags)),
                item("Class _packets\u2026", null, files::showPackets));
        tools.addMenuItems(libraryMenu);
        MenuBar bar = new MenuBar(file, edit, annotate, view, libraryMenu, help);
        bar.setUseSystemMenuBar(System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("mac"));
        return bar;
    }

    private ToolBar toolBar() {
        List<javafx.scene.Node> nodes = new ArrayList<>();
        Button importButton = new Button("Import\u2026");
        importButton.setOnAction(e -> files.chooseAndImport());
        importButton.setTooltip(new Tooltip("Import documents (Ctrl+O)"));
        nodes.add(importButton);
        nodes.add(new javafx.scene.control.Separator());
        for (HighlightColor c : HighlightColor.palette()) {
            Button b = new Button();
            b.setId("highlight-" + c.key());
            b.getStyleClass().addAll("color-button", "swatch-" + c.key());
            Tooltip tip = new Tooltip();
            Runnable label = () -> tip.setText(colorLabel(c));
            label.run();
            codebookListeners.add(label);
            b.setTooltip(tip);
            b.setAccessibleText("Highlight " + c.key());
            b.setFocusTraversable(false);
            b.setOnAction(e -> highlight(c.key()));
            nodes.add(b);
        }
        Button note = new Button("Note");
        note.setId("note-button");
        note.setTooltip(new Tooltip("Add a note to the selection or highlight (N)"));
        note.setFocusTraversable(false);
        note.setOnAction(e -> noteAction());
        Button tag = new Button("Tag");
        tag.setId("tag-button");
        tag.setTooltip(new Tooltip("Tag the selection or highlight (T)"));
        tag.setFocusTraversable(false);
        tag.setOnAction(e -> tagAction());
        Region spacer = new Region();
        javafx.scene.layout.HBox.setHgrow(spacer, Priority.ALWAYS);
        nodes.add(note);
        nodes.add(tag);
        return new ToolBar(nodes.toArray(javafx.scene.Node[]::new));
    }

    private void wireReader() {
        var area = reader.area();
        area.addEventFilter(KeyEvent.KEY_TYPED, this::onReaderKeyTyped);
        area.addEventHandler(javafx.scene.input.MouseEvent.MOUSE_RELEASED, e -> {
            if (reader.selection().getLength() > 0) {
                popover().showForSelection();
            }
        });
        area.selectionProperty().addListener((obs, old, sel) -> {
            if (sel.getLength() == 0) {
                hidePopover();
            }
        });
        HoverNotes.install(reader, annotations);
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() && e.getCode() == KeyCode.Z) {
                if (e.isShiftDown()) {
                    annotations.redo();
                } else {
                    annotations.undo();
                }
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE && !e.isShortcutDown()) {
                deleteSelected();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                if (findBar.isOpen()) {
                    findBar.close();
                }
                reader.deselect();
                annotations.selectedProperty().set(null);
                e.consume();
            }
        });
        area.setOnMouseClicked(e -> {
            if (e.getClickCount() == 1 && reader.selection().getLength() == 0 && e.isStillSincePress()) {
                var index = reader.characterAt(e.getX(), e.getY());
                selectAt(index.isPresent() ? index.getAsInt() : -1);
            }
        });
        ContextMenu menu = new ContextMenu();
        for (HighlightColor c : HighlightColor.palette()) {
            MenuItem mi = item("", null, () -> highlight(c.key()));
            Runnable label = () -> mi.setText(colorLabel(c));
            label.run();
            codebookListeners.add(label);
            menu.getItems().add(mi);
        }
        menu.getItems().addAll(new SeparatorMenuItem(),
                item("Add note  (N)", null, this::noteAction),
                item("Add tag  (T)", null, this::tagAction),
                item("Copy", null, this::copySelection),
                new SeparatorMenuItem(),
                item("Delete annotation", null, this::deleteSelected));
        area.setContextMenu(menu);
    }

    private void wireDragAndDrop(Scene scene) {
        scene.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        scene.setOnDragDropped(e -> {
            boolean ok = e.getDragboard().hasFiles();
            if (ok) {
                files.importFiles(e.getDragboard().getFiles());
            }
            e.setDropCompleted(ok);
            e.consume();
        });
    }

    /** Highlights the selection; with no selection, recolours the selected annotation. */
    /**
     * A click on the text selects the highlight there; clicking again where highlights overlap
     * selects the next one beneath, round again after the last.
     */
    private void selectAt(int offset) {
        if (offset < 0) {
            annotations.selectedProperty().set(null);
            return;
        }
        Annotation next = annotations.nextAt(offset, annotations.selected());
        annotations.selectedProperty().set(next);
        int here = annotations.allAt(offset).size();
        if (next != null && here > 1) {
            status.info("Highlight " + (annotations.allAt(offset).indexOf(next) + 1) + " of " + here
                    + " here; click again for the next.");
        }
    }

    private void highlight(String color) {
        IndexRange range = trimmedSelection();
        if (range == null) {
            Annotation selected = annotations.selected();
            if (selected != null) {
                annotations.setColor(selected, color);
            } else {
                status.info("Select some text first, then choose a colour.");
            }
            return;
        }
        reader.deselect();
        annotations.highlight(range.getStart(), range.getEnd(), color, () -> { });
    }

    private void noteAction() {
        IndexRange range = trimmedSelection();
        if (range != null) {
            reader.deselect();
            annotations.highlight(range.getStart(), range.getEnd(), HighlightColor.DEFAULT.key(), sidebar::focusNote);
        } else if (annotations.selected() != null) {
            sidebar.focusNote();
        } else {
            status.info("Select some text or a highlight to add a note.");
        }
    }

    private void tagAction() {
        IndexRange range = trimmedSelection();
        if (range != null) {
            reader.deselect();
            annotations.highlight(range.getStart(), range.getEnd(), HighlightColor.DEFAULT.key(), sidebar::focusTags);
        } else if (annotations.selected() != null) {
            sidebar.focusTags();
        } else {
            status.info("Select some text or a highlight to tag it.");
        }
    }

    /** The reader's single-key commands: 1-8 highlight, N note, T tag. */
    private void onReaderKeyTyped(KeyEvent e) {
        if (e.isShortcutDown() || e.isAltDown() || e.getCharacter().isEmpty()) {
            return;
        }
        char ch = e.getCharacter().charAt(0);
        if (ch >= '1' && ch <= '8') {
            hidePopover();
            highlight(HighlightColor.palette().get(ch - '1').key());
            e.consume();
        } else if (ch == 'n' || ch == 'N') {
            hidePopover();
            noteAction();
            e.consume();
        } else if (ch == 't' || ch == 'T') {
            hidePopover();
            tagAction();
            e.consume();
        }
    }

    private String colorLabel(HighlightColor c) {
        return codebook.getOrDefault(c, c.defaultMeaning()) + " \u2014 " + c.key() + "  (" + (c.ordinal() + 1) + ")";
    }

    private static java.util.Map<HighlightColor, String> defaultCodebook() {
        java.util.Map<HighlightColor, String> m = new java.util.EnumMap<>(HighlightColor.class);
        HighlightColor.palette().forEach(c -> m.put(c, c.defaultMeaning()));
        return m;
    }

    private void loadCodebook() {
        background.run(library::codebook, loaded -> {
            codebook = loaded;
            codebookListeners.forEach(Runnable::run);
        });
    }

    private void showCodebook() {
        CodebookDialog.show(stage, codebook, names -> background.run(() -> {
            library.setCodebook(names);
            return library.codebook();
        }, loaded -> {
            codebook = loaded;
            codebookListeners.forEach(Runnable::run);
            status.info("Codebook saved.");
        }));
    }

    private final java.util.Map<ReaderSettings.Theme, javafx.scene.control.RadioMenuItem> themeItems =
            new java.util.EnumMap<>(ReaderSettings.Theme.class);

    private final javafx.scene.control.CheckMenuItem colorByTagItem =
            new javafx.scene.control.CheckMenuItem("_Colour highlights by tag");

    /** Applies reader settings to the window (theme) and the reading pane (type, spacing, width, colours). */
    public void applySettings(ReaderSettings settings) {
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

    private void saveSettings(ReaderSettings settings) {
        applySettings(settings);
        settings.save(configDir);
    }

    /** Colours highlights by their tags' colours while that is switched on. */
    private void updateTagColoring() {
        if (!reader.settings().colorByTag()) {
            annotations.tagColoringProperty().set(null);
            return;
        }
        java.util.Map<String, String> byTag = new java.util.HashMap<>();
        for (var t : tags.tags()) {
            if (t.color() != null && !t.color().isBlank()) {
                byTag.put(t.name(), t.color());
            }
        }
        annotations.tagColoringProperty().set(java.util.Map.copyOf(byTag));
    }

    private void zoom(double factor) {
        reader.zoom(factor);
        saveSettings(reader.settings());
    }

    private void showPreferences() {
        PreferencesDialog.show(stage, reader.settings(), this::applySettings, this::saveSettings);
    }

    private void deleteSelected() {
        Annotation a = annotations.selected();
        if (a != null) {
            annotations.delete(a);
        }
    }

    private void revealSelected() {
        Annotation a = annotations.selected();
        if (a != null) {
            reader.reveal(a);
        }
    }

    private SelectionPopover popover() {
        if (popover == null) {
            popover = new SelectionPopover(reader, new SelectionPopover.Actions() {
                @Override
                public void highlight(String color) {
                    MainWindow.this.highlight(color);
                }

                @Override
                public void note() {
                    noteAction();
                }

                @Override
                public void tag() {
                    tagAction();
                }

                @Override
                public void copy() {
                    copySelection();
                }
            }, this::onReaderKeyTyped, c -> codebook.getOrDefault(c, c.defaultMeaning()) + " \u00b7 " + c.key());
        }
        return popover;
    }

    private void hidePopover() {
        if (popover != null) {
            popover.hide();
        }
    }

    /** The selection without leading and trailing white space; null when nothing is left. */
    private IndexRange trimmedSelection() {
        if (reader.document() == null) {
            return null;
        }
        IndexRange sel = reader.selection();
        String text = reader.document().text();
        int s = sel.getStart();
        int e = Math.min(sel.getEnd(), text.length());
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return s < e ? new IndexRange(s, e) : null;
    }

    private void copySelection() {
        IndexRange sel = reader.selection();
        if (sel.getLength() > 0) {
            ClipboardContent content = new ClipboardContent();
            content.putString(reader.area().getText(sel.getStart(), sel.getEnd()));
            Clipboard.getSystemClipboard().setContent(content);
        }
    }

    private void updateProgress() {
        progress.setText(reader.document() == null ? "" : Math.round(reader.progress() * 100) + "%");
        progress.setAccessibleText("Read " + progress.getText());
    }

    private void closeDocument() {
        rememberPosition();
        contents.show(null);
        progress.setText("");
        reader.clear();
        annotations.clear();
        documents.close();
        stage.setTitle("Glossa");
    }

    private static MenuItem item(String text, KeyCombination accelerator, Runnable action) {
        MenuItem mi = new MenuItem(text);
        if (accelerator != null) {
            mi.setAccelerator(accelerator);
        }
        mi.setOnAction(e -> action.run());
        return mi;
    }

    private static MenuItem bindDisabled(MenuItem mi, javafx.beans.value.ObservableBooleanValue enabled) {
        mi.disableProperty().bind(javafx.beans.binding.Bindings.not(enabled));
        return mi;
    }

    private static KeyCombination shortcut(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN);
    }
}
