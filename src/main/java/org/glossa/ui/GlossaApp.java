package org.glossa.ui;

import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import org.glossa.core.GlossaException;
import org.glossa.core.LaunchArguments;
import org.glossa.core.Library;
import org.glossa.core.LibraryLock;
import org.glossa.core.LibraryPaths;
import org.glossa.core.store.LibraryFile;
import org.glossa.ui.library.DocumentsViewModel;

/**
 * The window application. Arguments: {@code --library FILE} (else $GLOSSA_LIBRARY, else the
 * default library in the data folder). The system property {@code glossa.configDir} moves the
 * settings folder (tests use it to keep their window state to themselves).
 */
public final class GlossaApp extends Application {
    private LibraryLock lock;
    private Library library;
    private DocumentsViewModel.FirstView firstView;
    private Background background;
    private MainWindow window;
    private String startupError;
    private org.glossa.core.store.LibraryDamagedException damaged;
    private Path file;

    public static void launchWindow(String[] args) {
        // the library opens while JavaFX starts; init() takes it
        StartupLoad.beginAtLaunch(libraryFile(List.of(args)));
        Application.launch(GlossaApp.class, args);
    }

    @Override
    public void init() {
        Logs.start();
        file = libraryFile(getParameters().getRaw());
        use(StartupLoad.take(file));
    }

    private void openLibrary() {
        use(StartupLoad.load(file));
    }

    private void use(StartupLoad.Result opened) {
        lock = opened.lock();
        library = opened.library();
        firstView = opened.firstView();
        damaged = opened.damaged();
        startupError = opened.error();
    }

    static Path libraryFile(List<String> args) {
        return LaunchArguments.parse(args).library().orElseGet(() -> LibraryPaths.system().defaultLibrary());
    }

    @Override
    public void start(Stage stage) {
        if (damaged != null) {
            var chosen = org.glossa.ui.recovery.RestoreDialog.ask(file, damaged.missing()
                    ? "The library " + file + " is not there any more, but it has automatic backups:"
                            + " restore one, or quit to leave everything as it is."
                    : "The library " + file + " is damaged, so Glossa cannot open it as it is.", damaged.backups());
            if (chosen.isEmpty()) {
                return;
            }
            try {
                LibraryFile.restore(file, chosen.get());
                openLibrary();
            } catch (GlossaException e) {
                startupError = e.getMessage();
                damaged = null;
            }
        }
        if (startupError != null) {
            Alert alert = new Alert(Alert.AlertType.ERROR, startupError);
            alert.setTitle("Glossa");
            alert.setHeaderText("Glossa cannot open this library");
            alert.show();
            return;
        }
        background = new LibraryWriter(e -> {
            String message = e instanceof GlossaException ? e.getMessage()
                    : "Something went wrong: " + e + ". Your saved work is safe; please try again.";
            if (window != null) {
                window.status().error(message);
            }
            if (!(e instanceof GlossaException)) {
                Logs.error("background work failed", e);
            } else {
                Logs.info(e.getMessage());
            }
        });
        String configDir = System.getProperty("glossa.configDir");
        Path config = configDir != null ? Path.of(configDir) : LibraryPaths.system().configDir();
        window = new MainWindow(stage, library, background, config);
        window.documentLinks().openWebLinksWith(getHostServices()::showDocument);
        MainWindow shownWindow = window;
        stage.setOnHidden(e -> shownWindow.saveState());
        if (StartupReport.wanted()) {
            // the figure counts to the first frame that shows the document, not an empty window
            window.whenFirstViewShown(() -> StartupReport.afterFirstFrame(stage.getScene()));
        }
        // with the first view read already, the first frame shows the document
        window.start(firstView);
        firstView = null;
        stage.show();
        // a .glossa bundle or a glossa:// link given to the program (a double-click on a bundle)
        LaunchArguments.parse(getParameters().getRaw()).toOpen().forEach(window::openArgument);
        Library shown = library;
        shown.checked().thenAccept(problems -> {
            if (!problems.isEmpty()) {
                Platform.runLater(() -> foundDamagedWhileShown(stage, shown));
            }
        });
    }

    /**
     * The check that runs behind the open found the file damaged after the window appeared:
     * nothing can be saved to it (every write is refused), so the window gives way to the same
     * offer of backups that a damaged file gets at start.
     */
    private void foundDamagedWhileShown(Stage stage, Library shown) {
        if (shown != library) {
            return;
        }
        try {
            shown.requireSound();
            return;
        } catch (org.glossa.core.store.LibraryDamagedException e) {
            damaged = e;
        }
        Logs.info("the library check found damage after the window opened: " + damaged.getMessage());
        window.saveState();
        background.close();
        library.close();
        lock.close();
        window = null;
        background = null;
        library = null;
        lock = null;
        // the new window (or the dialog) is shown before the old one goes, so the application stays
        Stage next = new Stage();
        start(next);
        stage.setOnHidden(null);
        stage.hide();
    }


    /** The window, for tests that drive it. */
    public MainWindow window() {
        return window;
    }

    @Override
    public void stop() {
        if (window != null) {
            window.flushEdits();
            window.saveState();
        }
        if (background != null) {
            background.close();
        }
        if (library != null) {
            library.close();
        }
        if (lock != null) {
            lock.close();
        }
    }
}
