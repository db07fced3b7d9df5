package org.glossa.ui;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.input.Clipboard;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.glossa.core.Library;
import org.glossa.ui.annotations.AnnotationsViewModel;
import org.glossa.ui.library.DocumentsViewModel;
import org.glossa.ui.library.ImportProgressDialog;
import org.glossa.ui.reader.ReaderView;

/** The File menu's work: importing (files, folders, the clipboard), new versions, interchange. */
final class FileActions {
    private final Stage stage;
    private final Library library;
    private final Background background;
    private final StatusLine status;
    private final DocumentsViewModel documents;
    private final AnnotationsViewModel annotations;
    private final ReaderView reader;
    private final StatusProgress importBar;
    private final org.glossa.ui.qda.ProjectExchangeActions projects;
    private org.glossa.ui.packet.PacketsDialog packets;

    FileActions(Stage stage, Library library, Background background, StatusLine status,
                DocumentsViewModel documents, AnnotationsViewModel annotations, ReaderView reader) {
        this.stage = stage;
        this.library = library;
        this.background = background;
        this.status = status;
        this.documents = documents;
        this.annotations = annotations;
        this.reader = reader;
        this.importBar = new StatusProgress(status);
        this.projects = new org.glossa.ui.qda.ProjectExchangeActions(stage, library, background, status, () -> {
            documents.refresh();
            annotations.reload();
        });
    }

    /** The status line's import bar with its Cancel button, shown while one document is imported. */
    javafx.scene.Node importBar() {
        return importBar.node();
    }

    void chooseAndImport() {
        FileChooser chooser = documentChooser("Import documents");
        List<File> files = chooser.showOpenMultipleDialog(stage);
        if (files != null) {
            importFiles(files);
        }
    }

    /** Imports files and the documents inside folders, showing progress with a Cancel button. */
    void importFiles(List<File> files) {
        List<Path> all = files.stream().map(File::toPath).toList();
        projects.importProjects(all.stream().filter(org.glossa.core.qda.Qda::isProjectFile).toList());
        List<Path> paths = all.stream().filter(p -> !org.glossa.core.qda.Qda.isProjectFile(p)).toList();
        if (paths.isEmpty()) {
            return;
        }
        if (paths.size() > 1 || paths.stream().anyMatch(Files::isDirectory)) {
            ImportProgressDialog progressDialog = new ImportProgressDialog(stage);
            progressDialog.show();
            documents.importFiles(paths, progressDialog);
        } else {
            documents.importFiles(paths, importBar.begin());
        }
    }

    void chooseFolderAndImport() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Import a folder of documents");
        File folder = chooser.showDialog(stage);
        if (folder != null) {
            importFiles(List.of(folder));
        }
    }

    /** Edit > Paste as new document: HTML when the clipboard has it, else plain text. */
    void pasteAsDocument() {
        Clipboard clipboard = Clipboard.getSystemClipboard();
        String html = clipboard.hasHtml() ? clipboard.getHtml() : null;
        String plain = clipboard.hasString() ? clipboard.getString() : null;
        if ((html == null || html.isBlank()) && (plain == null || plain.isBlank())) {
            status.info("The clipboard holds no text to paste.");
            return;
        }
        documents.importPasted(html, plain);
    }

    void replaceWithNewVersion() {
        if (reader.document() == null) {
            status.info("Open the document to replace first.");
            return;
        }
        FileChooser chooser = documentChooser("New version of \u201c" + reader.document().title() + "\u201d");
        File file = chooser.showOpenDialog(stage);
        if (file != null) {
            documents.replaceWithNewVersion(reader.document().id(), file.toPath());
        }
    }

    /** Whether File > Show whole page applies to the open document. */
    javafx.beans.value.ObservableBooleanValue webPageOpen() {
        return documents.webPageOpenProperty();
    }

    /** File > Show whole page: the open web page read again whole, as a new version. */
    void showWholePage() {
        if (reader.document() == null) {
            status.info("Open a web page to show it whole.");
            return;
        }
        documents.showWholePage(reader.document().id());
    }

    void exportAnnotations() {
        if (reader.document() == null) {
            status.info("Open a document to export its annotations.");
            return;
        }
        long id = reader.document().id();
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export annotations (W3C Web Annotation JSON-LD)");
        chooser.setInitialFileName(org.glossa.ui.export.ExportDialog.safeName(reader.document().title()) + ".annotations.jsonld");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("JSON-LD", "*.jsonld", "*.json"));
        File file = chooser.showSaveDialog(stage);
        if (file != null) {
            background.run(() -> {
                org.glossa.core.export.AtomicFile.writeString(file.toPath(),
                        library.webAnnotations().exportDocument(id));
                return file;
            }, f -> status.info("Exported the annotations to " + f.getName() + "."));
        }
    }

    void importAnnotations() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import annotations (W3C Web Annotation JSON-LD)");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("JSON-LD", "*.jsonld", "*.json"),
                new FileChooser.ExtensionFilter("All files", "*"));
        File file = chooser.showOpenDialog(stage);
        if (file != null) {
            background.run(() -> library.webAnnotations().importFile(file.toPath()), report -> {
                status.info("Annotations: " + report.summary() + ".");
                annotations.reload();
                documents.refresh();
            });
        }
    }

    private static FileChooser documentChooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Documents", "*.txt", "*.md", "*.markdown", "*.html", "*.htm",
                        "*.xhtml", "*.epub", "*.pdf", "*.qdpx", "*.qdc"),
                new FileChooser.ExtensionFilter("REFI-QDA projects", "*.qdpx", "*.qdc"),
                new FileChooser.ExtensionFilter("All files", "*"));
        return chooser;
    }

    void openLogFolder() {
        Path folder = Logs.folder();
        background.run(() -> {
            Files.createDirectories(folder);
            if (java.awt.Desktop.isDesktopSupported()
                    && java.awt.Desktop.getDesktop().isSupported(java.awt.Desktop.Action.OPEN)) {
                java.awt.Desktop.getDesktop().open(folder.toFile());
                return null;
            }
            return folder;
        }, notOpened -> {
            if (notOpened != null) {
                status.info("The log is in " + notOpened + ".");
            }
        });
    }

    void exportDocument() {
        if (reader.document() == null) {
            status.info("Open a document to export it.");
            return;
        }
        org.glossa.ui.export.ExportDialog.show(stage, library, background, status, reader.document().info());
    }

    /** File > Export project (REFI-QDA): the library or a collection as .qdpx, or the tags as .qdc. */
    void exportProject() {
        projects.chooseAndExport();
    }

    /** How the class packets window publishes a packet to a class remote. */
    private java.util.function.Consumer<org.glossa.core.packet.Packet> publishPacket = p -> { };

    void publishPacketsWith(java.util.function.Consumer<org.glossa.core.packet.Packet> publish) {
        publishPacket = publish;
    }

    void showPackets() {
        if (packets == null) {
            packets = new org.glossa.ui.packet.PacketsDialog(stage, library, background, status);
            packets.onPublish(publishPacket);
        }
        packets.show();
    }

    /** After a sync that brought something in: the class packets window, when open, lists the packets again. */
    void reloadPackets() {
        if (packets != null && packets.stage().isShowing()) {
            packets.reload();
        }
    }

    /** The class packets window, once opened (null before). */
    org.glossa.ui.packet.PacketsDialog packets() {
        return packets;
    }

    /** Saves what is typed in the class packets window and not saved yet (the window is closing). */
    void flushEdits() {
        if (packets != null) {
            packets.model().flush();
        }
    }

    void chooseBundle() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open a .glossa bundle");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Glossa bundles", "*.glossa"));
        File file = chooser.showOpenDialog(stage);
        if (file != null) {
            openBundle(file.toPath());
        }
    }

    /** Imports a class packet or a student's work: documents, annotations as layers, questions. */
    void openBundle(Path file) {
        background.run(() -> library.packets().importBundle(file), report -> {
            status.info(report.summary());
            documents.refresh();
            annotations.reload();
        });
    }

    /** Opens what a glossa:// link names: the document, and the annotation or offset in it. */
    void openLink(String link) {
        background.run(() -> {
            var parsed = org.glossa.core.export.GlossaLink.parse(link);
            return java.util.Map.entry(parsed, library.exports().resolveLink(parsed));
        }, found -> {
            if (found.getValue().isEmpty()) {
                status.error("The link names a document that is not in this library.");
                return;
            }
            documents.openAt(found.getValue().get().id(), found.getKey().annotation(), found.getKey().at());
        });
    }
}
