package org.glossa.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.glossa.core.Library;
import org.glossa.model.Annotation;
import org.glossa.ui.annotations.AnnotationSidebar;
import org.glossa.ui.annotations.AnnotationsViewModel;
import org.glossa.ui.codebook.Codebook;
import org.glossa.ui.contents.BookmarksView;
import org.glossa.ui.contents.ContentsView;
import org.glossa.ui.find.FindBar;
import org.glossa.ui.library.DocumentsViewModel;
import org.glossa.ui.library.LibraryView;
import org.glossa.ui.preferences.ReaderPreferences;
import org.glossa.ui.reader.DocumentLinks;
import org.glossa.ui.reader.ReaderActions;
import org.glossa.ui.reader.ReaderBookmarks;
import org.glossa.ui.reader.ReaderView;
import org.glossa.ui.reader.ReadingLocation;
import org.glossa.ui.tags.TagsViewModel;

/** The main window: menus, toolbar, library list, reading pane and annotation sidebar. */
public final class MainWindow {
    /** The smallest the window gets: the reading column and the library pane still fit. */
    static final double MIN_WIDTH = 640;
    static final double MIN_HEIGHT = 400;
    private final Stage stage;
    private final StatusLine status = new StatusLine();
    private final DocumentsViewModel documents;
    private final AnnotationsViewModel annotations;
    private final LibraryView libraryView;
    private final ReaderView reader;
    private final AnnotationSidebar sidebar;
    private final SplitPane split;
    private final SidePanes panes;
    private final javafx.beans.value.ObservableBooleanValue sizeSettled;
    private final WindowState windowState;
    private final FindBar findBar;
    private final TagsViewModel tags;
    private final ContentsView contents;
    private final ReadingLocation location;
    private final ReaderBookmarks bookmarks;
    private final ReaderActions actions;
    private final DocumentLinks links;
    private final org.glossa.ui.reader.InlineFigures figures;
    private final FileActions files;
    private final LibraryTools tools;
    private final Background background;
    /** Whether the window is closing: edits are flushed and it waits for the writes to finish. */
    private boolean quitting;
    /** Waiting for the first view; null once it is shown. */
    private List<Runnable> firstViewWaiting = new ArrayList<>();

    public MainWindow(Stage stage, Library library, Background background, Path configDir) {
        this.stage = stage;
        this.background = background;
        documents = new DocumentsViewModel(library, background, status);
        annotations = new AnnotationsViewModel(library, background, status);
        libraryView = new LibraryView(documents);
        reader = new ReaderView(annotations);
        sidebar = new AnnotationSidebar(annotations);
        SettingsStore settings = new SettingsStore(configDir, background);
        windowState = new WindowState(settings);
        findBar = new FindBar(reader);
        files = new FileActions(stage, library, background, status, documents, annotations, reader);
        tags = new TagsViewModel(library, background, status, annotations::reload);
        sidebar.suggestTagsFrom(tags.names());
        Codebook codebook = new Codebook(stage, library, background, status);
        actions = new ReaderActions(reader, annotations, sidebar, status, codebook);
        links = new DocumentLinks(reader, status);
        figures = new org.glossa.ui.reader.InlineFigures(reader, library, background);
        sidebar.readSelectionFrom(actions::trimmedSelection);
        sidebar.onLeaveEditor(() -> reader.area().requestFocus());
        codebook.follow(() -> sidebar.nameColorsBy(key -> org.glossa.model.HighlightColor.byKey(key)
                .map(codebook::meaning).orElse(key)));
        VBox readerPane = new VBox(findBar.node(), reader.header(), reader.node());
        VBox.setVgrow(reader.node(), Priority.ALWAYS);

        contents = new ContentsView(reader::jumpTo);
        location = new ReadingLocation(reader, status);
        bookmarks = new ReaderBookmarks(reader, annotations, status);
        location.topOffsetProperty().addListener((obs, old, top) -> contents.markCurrent(top.intValue()));
        javafx.scene.control.Tab libraryTab = new javafx.scene.control.Tab("Library", libraryView.node());
        javafx.scene.control.Tab contentsTab = new javafx.scene.control.Tab("Contents", contents.withBookmarks(
                new BookmarksView(annotations, reader::jumpTo, a -> location.placeOf(a.start()))));
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
        panes = new SidePanes(split, leftPane, readerPane, sidebar.node());

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
        // what just happened is said for a few seconds; errors stay until the next message
        javafx.animation.PauseTransition fade = new javafx.animation.PauseTransition(MESSAGE_SHOWN_FOR);
        fade.setOnFinished(e -> {
            if (!status.errorProperty().get() && !quitting) {
                status.info("");
            }
        });
        status.messageProperty().addListener((obs, was, is) -> {
            if (!is.isEmpty()) {
                fade.playFromStart();
            }
        });

        BorderPane root = new BorderPane(split);
        ReaderPreferences preferences = new ReaderPreferences(stage, settings, root, reader, annotations, tags);
        org.glossa.ui.preferences.AuthorName.apply(library, settings);
        preferences.offerAuthorName(library::author,
                name -> org.glossa.ui.preferences.AuthorName.save(library, settings, name));
        WindowMenus menus = new WindowMenus(stage, library, background, files, tools, reader, annotations, sidebar,
                tags, findBar, actions, preferences, codebook, panes, this::closeDocument);
        menus.navigation(location, bookmarks);
        menus.citations(new org.glossa.ui.citation.CitationActions(library, background, status));
        root.setTop(new VBox(menus.menuBar(), menus.toolBar()));
        javafx.scene.layout.HBox.setHgrow(statusLabel, Priority.ALWAYS);
        javafx.scene.control.Hyperlink details = new javafx.scene.control.Hyperlink("Details\u2026");
        details.setId("status-details");
        details.visibleProperty().bind(status.detailsProperty().isNotNull());
        details.managedProperty().bind(details.visibleProperty());
        details.setOnAction(e -> {
            javafx.scene.control.Alert alert = new javafx.scene.control.Alert(
                    javafx.scene.control.Alert.AlertType.ERROR);
            alert.initOwner(stage);
            alert.setTitle("What went wrong");
            alert.setHeaderText(status.messageProperty().get());
            javafx.scene.control.TextArea text = new javafx.scene.control.TextArea(status.detailsProperty().get());
            text.setId("error-details");
            text.setEditable(false);
            text.setWrapText(true);
            alert.getDialogPane().setContent(text);
            alert.show();
        });
        org.glossa.ui.sync.SyncViewModel syncModel = new org.glossa.ui.sync.SyncViewModel(library, background, () -> {
            annotations.reload();
            documents.refresh();
        }, remote -> org.glossa.ui.sync.SyncBar.askPassword(stage, remote));
        org.glossa.ui.sync.ClassActions classes = new org.glossa.ui.sync.ClassActions(stage, library, background,
                status, syncModel);
        menus.addToFileMenu(classes.menuItems());
        files.publishPacketsWith(classes::publish);
        syncModel.onPulled(menus::refreshMostMarked);
        syncModel.onPulled(files::reloadPackets);
        root.setBottom(new javafx.scene.layout.HBox(statusLabel, links.returns().backLink(), details, files.importBar(), location.node(),
                new org.glossa.ui.sync.SyncBar(syncModel).node()));
        stage.setTitle("Glossa");
        windowState.applyTo(stage, panes);
        // the smallest size only once the window is on screen: some window managers (Openbox)
        // open a window whose minimum is set beforehand at that minimum, whatever its size
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_SHOWN, e -> {
            stage.setMinWidth(MIN_WIDTH);
            stage.setMinHeight(MIN_HEIGHT);
        });
        sizeSettled = windowState.keepSizeWhenShown(stage);
        // sized like the window: showing it then lays the scene out once, at that size, instead
        // of first measuring everything (the open document's text, too) at its preferred size
        Scene scene = new Scene(root, stage.getWidth(), stage.getHeight());
        scene.getStylesheets().add(MainWindow.class.getResource("/css/glossa.css").toExternalForm());
        stage.setScene(scene);
        ThemedWindows.follow(stage);
        menus.installKeys(scene);
        preferences.apply(preferences.saved());

        actions.wire(() -> {
            if (findBar.isOpen()) {
                findBar.close();
            }
        });
        links.wire();
        wireDragAndDrop(scene);
        // the close button and File > Quit: save what is pending, wait for the writes, then close
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST, e -> {
            e.consume();
            quit();
        });
        documents.setOnOpened(opened -> {
            rememberPosition();
            annotations.show(opened.document().id(), opened.document().text(), opened.annotations());
            reader.show(opened.document(), opened.paragraph());
            figures.show(opened.document());
            findBar.refresh();
            contents.show(opened.document());
            location.documentShown(opened.document());
            bookmarks.documentShown(opened.document());
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
        // what the first frame does not show waits for it: the check of the file reads all of
        // it, and the tag counts and the codebook are read on the library's thread meanwhile
        FramePainted.next(scene, painted -> {
            library.beginCheck();
            documents.firstFramePainted();
            tags.refresh();
            codebook.load();
        });
        sidebar.list().setOnMouseClicked(e -> actions.revealSelected());
        sidebar.list().addEventHandler(KeyEvent.KEY_RELEASED, e -> {
            if (e.getCode().isNavigationKey() || e.getCode() == KeyCode.ENTER) {
                actions.revealSelected();
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

    /** Whether the window's size is settled after showing: from then on only the user changes it. */
    public boolean sizeSettled() {
        return sizeSettled.get();
    }

    public StatusLine status() {
        return status;
    }

    public ReaderView reader() {
        return reader;
    }

    /** Links in the reader: hover shows the address, a click follows it. */
    public DocumentLinks documentLinks() {
        return links;
    }

    /** The Contents tab: the open document's headings, the chapter being read marked. */
    public ContentsView contents() {
        return contents;
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

    /** Imports files and the documents inside folders, with progress (File > Import, drag and drop). */
    public void importFiles(List<java.io.File> list) {
        files.importFiles(list);
    }

    /** Opens what was given on the command line: a .glossa bundle or a glossa:// link. */
    public void openArgument(String argument) {
        if (argument.startsWith("glossa:")) {
            files.openLink(argument);
        } else {
            files.openBundle(Path.of(argument));
        }
    }

    /** How long a message that is not an error stays in the status line. */
    static final javafx.util.Duration MESSAGE_SHOWN_FOR = javafx.util.Duration.seconds(8);

    /** How long quitting may wait for writes before the status line says "Saving…". */
    private static final javafx.util.Duration SAVING_SHOWN_AFTER = javafx.util.Duration.millis(500);

    /**
     * Quits: saves every pending edit (the note being typed), then closes the window once every
     * queued write is committed, however long that takes; after half a second the status line says
     * "Saving…" meanwhile.
     */
    public void quit() {
        if (quitting) {
            return;
        }
        quitting = true;
        flushEdits();
        saveState();
        javafx.animation.PauseTransition slow = new javafx.animation.PauseTransition(SAVING_SHOWN_AFTER);
        slow.setOnFinished(e -> status.info("Saving\u2026"));
        slow.play();
        background.whenDone(() -> {
            slow.stop();
            stage.close();
        });
    }

    /** Saves every edit still pending in the window (the note being typed) through the library's writer. */
    public void flushEdits() {
        annotations.flushEdits();
        tools.flushEdits();
        files.flushEdits();
    }

    /** Saves what must survive a restart of the window; called when it closes. */
    public void saveState() {
        rememberPosition();
        windowState.save(stage, panes);
    }

    private void rememberPosition() {
        if (reader.document() != null) {
            documents.rememberPosition(reader.document().id(), reader.firstVisibleParagraph());
        }
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

    private void closeDocument() {
        rememberPosition();
        contents.show(null);
        reader.clear();
        location.documentShown(null);
        bookmarks.documentShown(null);
        annotations.clear();
        documents.close();
        stage.setTitle("Glossa");
    }
}
