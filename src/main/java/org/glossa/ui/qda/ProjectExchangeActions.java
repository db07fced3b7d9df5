package org.glossa.ui.qda;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.control.ChoiceDialog;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.glossa.core.Library;
import org.glossa.core.organize.DocumentCollection;
import org.glossa.core.qda.Qda;
import org.glossa.core.qda.QdaImportReport;
import org.glossa.ui.Background;
import org.glossa.ui.StatusLine;

/**
 * File › Import… of REFI-QDA projects (.qdpx) and codebooks (.qdc), and File › Export project
 * (REFI-QDA)…: the work runs in the background; the status line says what came in, with what
 * was left out one click away.
 */
public final class ProjectExchangeActions {
    static final String WHOLE_LIBRARY = "The whole library";

    private final Stage stage;
    private final Library library;
    private final Background background;
    private final StatusLine status;
    private final Runnable afterImport;

    public ProjectExchangeActions(Stage stage, Library library, Background background, StatusLine status,
                                  Runnable afterImport) {
        this.stage = stage;
        this.library = library;
        this.background = background;
        this.status = status;
        this.afterImport = afterImport;
    }

    /** Imports each project in turn; the last one's report is on the status line. */
    public void importProjects(List<Path> projects) {
        for (Path p : projects) {
            background.run(() -> library.qda().importProject(p), report -> {
                afterImport.run();
                String line = message(report);
                if (report.notices().isEmpty()) {
                    status.info(line);
                } else {
                    status.info(line, String.join("\n", report.notices()));
                }
            });
        }
    }

    /** What the status line says after an import. */
    static String message(QdaImportReport r) {
        String left = r.notices().isEmpty() ? "" : " Some of it was left out: see Details.";
        return r.summary() + left;
    }

    /** Asks what to export (the library or one collection) and where, then writes it. */
    public void chooseAndExport() {
        background.run(() -> library.collections().list(), this::chooseAndExport);
    }

    private void chooseAndExport(List<DocumentCollection> collections) {
        String scope = WHOLE_LIBRARY;
        if (!collections.isEmpty()) {
            List<String> choices = new ArrayList<>(List.of(WHOLE_LIBRARY));
            collections.forEach(c -> choices.add(c.name()));
            ChoiceDialog<String> ask = new ChoiceDialog<>(WHOLE_LIBRARY, choices);
            ask.initOwner(stage);
            ask.setTitle("Export project (REFI-QDA)");
            ask.setHeaderText("Export the whole library, or one collection?");
            Optional<String> picked = ask.showAndWait();
            if (picked.isEmpty()) {
                return;
            }
            scope = picked.get();
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export project (REFI-QDA)");
        FileChooser.ExtensionFilter project = new FileChooser.ExtensionFilter("REFI-QDA project", "*.qdpx");
        FileChooser.ExtensionFilter codebook = new FileChooser.ExtensionFilter("REFI-QDA codebook (tags only)", "*.qdc");
        chooser.getExtensionFilters().addAll(project, codebook);
        chooser.setInitialFileName(org.glossa.ui.export.ExportDialog.safeName(scope) + Qda.PROJECT_EXTENSION);
        File file = chooser.showSaveDialog(stage);
        if (file != null) {
            boolean asCodebook = chooser.getSelectedExtensionFilter() == codebook
                    || file.getName().toLowerCase(Locale.ROOT).endsWith(Qda.CODEBOOK_EXTENSION);
            export(file.toPath(), WHOLE_LIBRARY.equals(scope) ? null : scope, asCodebook);
        }
    }

    /** Writes the project (or codebook) to {@code file} in the background. */
    public void export(Path file, String collection, boolean asCodebook) {
        background.run(() -> {
            if (asCodebook) {
                library.qda().exportCodebook(file);
            } else {
                library.qda().exportProject(file, collection);
            }
            return file;
        }, f -> status.info("Exported the " + (asCodebook ? "codebook" : "project") + " to " + f.getFileName() + "."));
    }
}
