package org.glossa.ui;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
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
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.glossa.core.Library;
import org.glossa.model.Annotation;
import org.glossa.model.HighlightColor;
import org.glossa.ui.annotations.AnnotationSidebar;
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

    public MainWindow(Stage stage, Library library, Background background, Path configDir) {
        this.stage = stage;
        documents = new DocumentsViewModel(library, background, status);
        annotations = new AnnotationsViewModel(library, background, status);
        libraryView = new LibraryView(documents);
        reader = new ReaderView(annotations);
        sidebar = new AnnotationSidebar(annotations);
        windowState = new WindowState(configDir);

        split = new SplitPane(libraryView.node(), reader.node(), sidebar.node());
        split.setDividerPositions(0.17, 0.74);
        SplitPane.setResizableWithParent(libraryView.node(), false);
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

        BorderPane root = new BorderPane(split);
        root.setTop(new VBox(menuBar(), toolBar()));
        root.setBottom(statusLabel);
        Scene scene = new Scene(root);
        scene.getStylesheets().add(MainWindow.class.getResource("/css/glossa.css").toExternalForm());
        stage.setScene(scene);
        stage.setTitle("Glossa");
        stage.setMinWidth(640);
        stage.setMinHeight(400);
        windowState.applyTo(stage, split);

        wireReader();
        wireDragAndDrop(scene);
        documents.setOnOpened(opened -> {
            rememberPosition();
            annotations.show(opened.document().id(), opened.annotations());
            reader.show(opened.document(), opened.paragraph());
            stage.setTitle(opened.document().title() + " \u2014 Glossa");
            status.info("Opened \u201c" + opened.document().title() + "\u201d.");
        });
        annotations.annotations().addListener((javafx.collections.ListChangeListener<Annotation>) c ->
                documents.refresh());
        sidebar.list().setOnMouseClicked(e -> revealSelected());
        sidebar.list().addEventHandler(KeyEvent.KEY_RELEASED, e -> {
            if (e.getCode().isNavigationKey() || e.getCode() == KeyCode.ENTER) {
                revealSelected();
            }
        });
        documents.start();
    }

    public StatusLine status() {
        return status;
    }

    public ReaderView reader() {
        return reader;
    }

    public AnnotationsViewModel annotations() {
        return annotations;
    }

    public DocumentsViewModel documents() {
        return documents;
    }

    /** Saves what must survive a restart of the window; called when it closes. */
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
                item("_Import\u2026", shortcut(KeyCode.O), this::chooseAndImport),
                item("_Close document", shortcut(KeyCode.W), this::closeDocument),
                new SeparatorMenuItem(),
                item("_Quit", shortcut(KeyCode.Q), stage::close));
        Menu edit = new Menu("_Edit", null,
                bindDisabled(item("_Undo", shortcut(KeyCode.Z), annotations::undo), annotations.canUndoProperty()),
                bindDisabled(item("_Redo", new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
                        KeyCombination.SHIFT_DOWN), annotations::redo), annotations.canRedoProperty()),
                new SeparatorMenuItem(),
                item("_Copy", null, this::copySelection));
        Menu annotate = new Menu("_Annotations");
        for (HighlightColor c : HighlightColor.palette()) {
            int key = c.ordinal() + 1;
            MenuItem mi = item("Highlight " + c.key() + "  (" + key + ")", null, () -> highlight(c.key()));
            mi.setId("menu-highlight-" + c.key());
            annotate.getItems().add(mi);
        }
        annotate.getItems().addAll(new SeparatorMenuItem(),
                item("Add _note  (N)", null, this::noteAction),
                item("Add _tag  (T)", null, this::tagAction),
                item("_Delete annotation", new KeyCodeCombination(KeyCode.DELETE), this::deleteSelected));
        Menu view = new Menu("_View", null,
                item("Zoom _in", new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN), () -> reader.zoom(1.1)),
                item("Zoom _out", new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN), () -> reader.zoom(1 / 1.1)),
                item("_Actual size", new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN), () -> reader.zoom(0)),
                new SeparatorMenuItem(),
                item("_Full screen", new KeyCodeCombination(KeyCode.F11), () -> stage.setFullScreen(!stage.isFullScreen())));
        Menu help = new Menu("_Help", null,
                item("_Keyboard shortcuts", new KeyCodeCombination(KeyCode.F1), () -> HelpDialogs.shortcuts(stage)),
                item("_About Glossa", null, () -> HelpDialogs.about(stage)));
        MenuBar bar = new MenuBar(file, edit, annotate, view, help);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private ToolBar toolBar() {
        List<javafx.scene.Node> nodes = new ArrayList<>();
        Button importButton = new Button("Import\u2026");
        importButton.setOnAction(e -> chooseAndImport());
        importButton.setTooltip(new Tooltip("Import documents (Ctrl+O)"));
        nodes.add(importButton);
        nodes.add(new javafx.scene.control.Separator());
        for (HighlightColor c : HighlightColor.palette()) {
            Button b = new Button();
            b.setId("highlight-" + c.key());
            b.getStyleClass().addAll("color-button", "swatch-" + c.key());
            b.setTooltip(new Tooltip("Highlight " + c.key() + " (" + (c.ordinal() + 1) + ")"));
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
        area.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if (e.isShortcutDown() || e.isAltDown() || e.getCharacter().isEmpty()) {
                return;
            }
            char ch = e.getCharacter().charAt(0);
            if (ch >= '1' && ch <= '8') {
                highlight(HighlightColor.palette().get(ch - '1').key());
                e.consume();
            } else if (ch == 'n' || ch == 'N') {
                noteAction();
                e.consume();
            } else if (ch == 't' || ch == 'T') {
                tagAction();
                e.consume();
            }
        });
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
                reader.deselect();
                annotations.selectedProperty().set(null);
                e.consume();
            }
        });
        area.setOnMouseClicked(e -> {
            if (e.getClickCount() == 1 && reader.selection().getLength() == 0 && e.isStillSincePress()) {
                var index = reader.characterAt(e.getX(), e.getY());
                annotations.selectedProperty().set(index.isPresent() ? annotations.at(index.getAsInt()) : null);
            }
        });
        ContextMenu menu = new ContextMenu();
        for (HighlightColor c : HighlightColor.palette()) {
            menu.getItems().add(item("Highlight " + c.key() + "  (" + (c.ordinal() + 1) + ")", null, () -> highlight(c.key())));
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
                importFiles(e.getDragboard().getFiles());
            }
            e.setDropCompleted(ok);
            e.consume();
        });
    }

    /** Highlights the selection; with no selection, recolours the selected annotation. */
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

    private void closeDocument() {
        rememberPosition();
        reader.clear();
        annotations.clear();
        documents.close();
        stage.setTitle("Glossa");
    }

    private void chooseAndImport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import documents");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Documents", "*.txt", "*.md", "*.markdown", "*.html", "*.htm",
                        "*.xhtml", "*.epub", "*.pdf"),
                new FileChooser.ExtensionFilter("All files", "*"));
        List<File> files = chooser.showOpenMultipleDialog(stage);
        if (files != null) {
            importFiles(files);
        }
    }

    /** Imports files, and the documents inside dropped folders. */
    public void importFiles(List<File> files) {
        List<Path> paths = new ArrayList<>();
        for (File f : files) {
            Path p = f.toPath();
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile)
                            .filter(x -> !x.getFileName().toString().startsWith("."))
                            .sorted()
                            .forEach(paths::add);
                } catch (IOException e) {
                    status.error("Could not read the folder " + p + ": " + e.getMessage());
                }
            } else {
                paths.add(p);
            }
        }
        documents.importFiles(paths);
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
