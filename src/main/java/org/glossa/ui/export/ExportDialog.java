package org.glossa.ui.export;

import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.glossa.core.Library;
import org.glossa.core.export.AnkiExport;
import org.glossa.core.export.AtomicFile;
import org.glossa.core.importing.MarkdownImporter;
import org.glossa.model.DocumentInfo;
import org.glossa.ui.reader.ReaderStyles;
import org.glossa.ui.Background;
import org.glossa.ui.StatusLine;

/**
 * Export one document with its annotations: choose a format, see a preview of what will be
 * written, save. Slow formats (PDF) are made in the background with a busy indicator.
 */
public final class ExportDialog {
    /** The formats a document can be exported as. */
    enum Format {
        MARKDOWN("Markdown notes (.md)", "md"), HTML("Annotated document, HTML (.html)", "html"),
        PDF("Annotated document, PDF (.pdf)", "pdf"), ANKI_CLOZE("Anki flashcards, cloze (.txt)", "txt"),
        ANKI_QUOTE("Anki flashcards, quote and note (.txt)", "txt"),
        JSONLD("W3C Web Annotations (.jsonld)", "jsonld");

        final String label;
        final String extension;

        Format(String label, String extension) {
            this.label = label;
            this.extension = extension;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private static final int PREVIEW_CHARS = 20_000;

    /** The dialog's size: room for the preview and the buttons. */
    private static final double WIDTH = 720;
    private static final double HEIGHT = 560;

    private ExportDialog() {
    }

    public static void show(Window owner, Library library, Background background, StatusLine status, DocumentInfo doc) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle("Export \u201c" + doc.title() + "\u201d");
        ChoiceBox<Format> format = new ChoiceBox<>();
        format.setId("export-format");
        format.getItems().setAll(Format.values());
        format.setValue(Format.MARKDOWN);
        ExportPreview preview = new ExportPreview();
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(22, 22);
        busy.setVisible(false);
        Label note = new Label();
        Button save = new Button("Save\u2026");
        save.setId("export-save");
        save.setDefaultButton(true);
        Button close = new Button("Close");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());

        Runnable refresh = () -> {
            Format f = format.getValue();
            busy.setVisible(true);
            preview.showMessage(f == Format.PDF ? "Making the first pages\u2026" : "Making the preview\u2026");
            background.longJobs().submit(() -> preview(library, doc.id(), f), shown -> {
                if (format.getValue() == f) { // else another format was chosen meanwhile; its preview follows
                    busy.setVisible(false);
                    shown.accept(preview);
                }
            }, failed -> {
                if (format.getValue() == f) {
                    busy.setVisible(false);
                    preview.showMessage("No preview: " + failed.getMessage());
                }
            });
        };
        format.valueProperty().addListener((o, a, b) -> refresh.run());
        save.setOnAction(e -> {
            Format f = format.getValue();
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Export as " + f.label);
            chooser.setInitialFileName(safeName(doc.title()) + "." + f.extension);
            var file = chooser.showSaveDialog(stage);
            if (file == null) {
                return;
            }
            busy.setVisible(true);
            save.setDisable(true);
            note.setText(f == Format.PDF ? "Making the PDF (a long book takes a minute)\u2026" : "Saving\u2026");
            background.longJobs().run(() -> {
                write(library, doc.id(), f, file.toPath());
                return file.toPath();
            }, written -> {
                busy.setVisible(false);
                save.setDisable(false);
                note.setText("Saved " + written.getFileName() + ".");
                status.info("Exported \u201c" + doc.title() + "\u201d to " + written + ".");
            });
        });
        HBox top = new HBox(8, new Label("Format"), format, busy);
        HBox buttons = new HBox(8, note, new javafx.scene.layout.Region(), save, close);
        HBox.setHgrow(buttons.getChildren().get(1), Priority.ALWAYS);
        VBox.setVgrow(preview.node(), Priority.ALWAYS);
        VBox box = new VBox(10, top, preview.node(), buttons);
        box.setPadding(new Insets(12));
        stage.setScene(new javafx.scene.Scene(box, WIDTH, HEIGHT));
        org.glossa.ui.ToolWindows.placeOver(stage, owner, WIDTH, HEIGHT);
        if (owner != null && owner.getScene() != null) {
            stage.getScene().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        stage.getScene().setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
                stage.close();
            }
        });
        refresh.run();
        stage.show();
    }

    /** Pages of a PDF shown in the preview: enough to see the title page and the text's start. */
    private static final int PREVIEW_PAGES = 3;

    /**
     * Makes the preview of {@code f} off the FX thread; the result shows it (on the FX thread).
     * Markdown is shown formatted and the HTML page as the reader shows the document with its
     * highlights; a PDF as its first pages; data files as their text.
     */
    static java.util.function.Consumer<ExportPreview> preview(Library library, long id, Format f) throws Exception {
        return switch (f) {
            case MARKDOWN -> {
                var content = new MarkdownImporter().parse(render(library, id, f), "preview.md").content();
                var styled = ReaderStyles.page(content, List.of());
                yield p -> p.showDocument(styled);
            }
            case HTML -> {
                var opening = library.exports().annotatedDocument(id).opening(PREVIEW_CHARS);
                var styled = ReaderStyles.page(opening.document().content(), opening.highlights());
                yield p -> p.showDocument(styled);
            }
            case PDF -> {
                var pages = library.exports().pdfPreview(id, PREVIEW_PAGES, 96f);
                yield p -> p.showPages(pages);
            }
            case ANKI_CLOZE, ANKI_QUOTE, JSONLD -> {
                String text = render(library, id, f);
                String shown = text.length() > PREVIEW_CHARS ? text.substring(0, PREVIEW_CHARS) + "\n\u2026" : text;
                yield p -> p.showSource(shown);
            }
        };
    }

    static String render(Library library, long id, Format f) {
        return switch (f) {
            case MARKDOWN -> library.exports().markdown(id);
            case HTML, PDF -> library.exports().html(id);
            case ANKI_CLOZE -> library.exports().flashcards(List.of(id), AnkiExport.Style.CLOZE);
            case ANKI_QUOTE -> library.exports().flashcards(List.of(id), AnkiExport.Style.QUOTE_NOTE);
            case JSONLD -> library.webAnnotations().exportDocument(id);
        };
    }

    static void write(Library library, long id, Format f, Path file) throws Exception {
        if (f == Format.PDF) {
            AtomicFile.write(file, out -> library.exports().pdf(id, out));
        } else {
            AtomicFile.writeString(file, render(library, id, f));
        }
    }

    /** A title made safe to suggest as a file name. */
    public static String safeName(String title) {
        String s = title.replaceAll("[^\\p{L}\\p{N} _-]+", "").strip();
        return s.isEmpty() ? "export" : s.length() > 60 ? s.substring(0, 60) : s;
    }
}
