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
import org.glossa.ui.contents.ContentsView;
import org.glossa.ui.find.FindBar;
import org.glossa.ui.library.DocumentsViewModel;
import org.glossa.ui.library.LibraryView;
import org.glossa.ui.preferences.ReaderPreferences;
import org.glossa.ui.reader.DocumentLinks;
import org.glossa.ui.reader.ReaderActions;
import org.glossa.ui.reader.ReaderSettings;
import org.glossa.ui.reader.ReaderView;
import org.glossa.ui.tags.TagsViewModel;

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
    private final TagsViewModel tags;
    private final ContentsView contents;
    private final Label progress = new Label();
    private final ReaderActions actions;
    private final DocumentLinks links;
    private final FileActions files;
    private final LibraryTools tools;
    /** Waiting for the first view; null once it is shown. */
    private List<Runnable> firstViewWaiting = new ArrayList<>();

    public MainWindow(Stage stage, Library library, Background background, Path configDir) {
        this.stage = stage;
        documents = new DocumentsViewModel(library, background, status);
        annotations = new AnnotationsViewModel(library, background, status);
        libraryView = new LibraryView(documents);
        reader = new ReaderView(annotations);
        sidebar = new AnnotationSidebar(annotations);
        windowState = new WindowState(configDir);
        findBar = new FindBar(reader);
        files = new FileActions(stage, library, background, status, documents, annotations, reader);
        tags = new TagsViewModel(library, background, status, annotations::reload);
        sidebar.suggestTagsFrom(tags.names());
        Codebook codebook = new Codebook(stage, library, background, status);
        actions = new ReaderActions(reader, annotations, sidebar, status, codebook);
        links = new DocumentLinks(reader, status);
        sidebar.readSelectionFrom(actions::trimmedSelection);
        VBox readerPane = new VBox(findBar.node(), reader.header(), reader.node());
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

        BorderPane root = new BorderPane(split);
        ReaderPreferences preferences = new ReaderPreferences(stage, configDir, root, reader, annotations, tags);
        WindowMenus menus = new WindowMenus(stage, library, background, files, tools, reader, annotations, sidebar,
                tags, findBar, actions, preferences, codebook, this::closeDocument);
        root.setTop(new VBox(menus.menuBar(), menus.toolBar()));
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
        preferences.apply(ReaderSettings.load(configDir));

        actions.wire(() -> {
            if (findBar.isOpen()) {
                findBar.close();
            }
        });
        links.wire();
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
        codebook.load();
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
}
