package org.glossa.ui.packet;

import java.io.File;
import java.nio.file.Path;
import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;
import org.glossa.core.Library;
import org.glossa.core.packet.Packet;
import org.glossa.core.packet.PacketHtml;
import org.glossa.ui.Background;
import org.glossa.ui.StatusLine;
import org.glossa.ui.ToolWindows;

/**
 * Class packets (Library › Class packets…): the library's packets on the left; on the right the
 * chosen packet's editor: title, introduction (Markdown), readings added from the library and
 * put in order (buttons or drag), and the questions on the chosen reading, one per paragraph.
 * It saves as one types. Below, the exports: the student's or teacher's edition (HTML or PDF),
 * the .glossa bundle for students, or (as a student) "my work" to hand back.
 */
public final class PacketsDialog {
    /** How long typing pauses before the packet is saved. */
    static final Duration SAVE_AFTER = Duration.millis(600);

    private final Stage stage = new Stage();
    private final Library library;
    private final Background background;
    private final StatusLine status;
    private final PacketEditorViewModel model;
    private final ListView<Packet> list = new ListView<>();
    private final TextField title = new TextField();
    private final TextArea introduction = new TextArea();
    private final ListView<Packet.Reading> readings = new ListView<>();
    private final TextArea questions = new TextArea();
    private final Label questionsLabel = new Label();
    private final Label message = new Label();
    private final PauseTransition saveLater = new PauseTransition(SAVE_AFTER);
    private final ClassPanel classPanel;
    /** Whether the fields are being filled from the model (not typed by the user). */
    private boolean filling;

    public PacketsDialog(Window owner, Library library, Background background, StatusLine status) {
        this.library = library;
        this.background = background;
        this.status = status;
        this.model = new PacketEditorViewModel(library, background, status);
        list.setId("packet-list");
        list.setAccessibleText("Class packets");
        list.setPlaceholder(new Label("No packets yet: choose New packet."));
        list.setItems(model.packets());
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Packet p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : p.title() + " (" + p.readings().size() + ")");
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, a, p) -> {
            if (p != null) {
                model.select(p);
            }
        });
        Button create = button("New packet", "packet-new", model::create);
        Button delete = button("Delete\u2026", "packet-delete", this::confirmDelete);
        Button open = button("Open a bundle\u2026", "packet-open", this::openBundle);
        FlowPane listActions = new FlowPane(6, 6, create, delete, open);
        VBox left = new VBox(6, list, listActions);
        VBox.setVgrow(list, Priority.ALWAYS);

        title.setId("packet-title");
        title.setPromptText("Title of the packet");
        title.setAccessibleText("Packet title");
        introduction.setId("packet-introduction");
        introduction.setPromptText("Introduction for the students, in Markdown: *italic*, **bold**, lists\u2026");
        introduction.setAccessibleText("Packet introduction (Markdown)");
        introduction.setWrapText(true);
        introduction.setPrefRowCount(6);

        readings.setId("packet-readings");
        readings.setAccessibleText("Readings, in order");
        readings.setPlaceholder(new Label("No readings yet: choose Add from library\u2026"));
        readings.setItems(model.readings());
        readings.setCellFactory(v -> new ReadingCell());
        readings.setPrefHeight(150);
        readings.getSelectionModel().selectedItemProperty().addListener((o, a, r) -> {
            if (r != null) {
                model.chooseReading(r);
            }
        });
        Button add = button("Add from library\u2026", "packet-add", this::chooseReadings);
        Button remove = button("Remove", "packet-remove", () -> model.removeReading(selectedReading()));
        Button up = button("Move up", "packet-up", () -> move(-1));
        Button down = button("Move down", "packet-down", () -> move(1));
        for (Button b : new Button[] {remove, up, down}) {
            b.setMaxWidth(Double.MAX_VALUE);
            b.disableProperty().bind(readings.getSelectionModel().selectedItemProperty().isNull());
        }
        add.setMaxWidth(Double.MAX_VALUE);
        VBox readingActions = new VBox(6, add, remove, up, down);
        HBox readingsBox = new HBox(8, readings, readingActions);
        HBox.setHgrow(readings, Priority.ALWAYS);

        questions.setId("packet-questions");
        questions.setPromptText("One question per paragraph (a blank line between questions)."
                + " A line starting with \u201cAnswer:\u201d under a question is for the teacher's edition only.");
        questions.setAccessibleText("Questions on the chosen reading");
        questions.setWrapText(true);
        questions.setPrefRowCount(6);
        questions.disableProperty().bind(model.readingProperty().isNull());

        Button studentPdf = button("Student PDF\u2026", "packet-student-pdf", () -> exportEdition(PacketHtml.Edition.STUDENT, "pdf"));
        Button teacherPdf = button("Teacher PDF\u2026", "packet-teacher-pdf", () -> exportEdition(PacketHtml.Edition.TEACHER, "pdf"));
        Button studentHtml = button("Student HTML\u2026", "packet-student-html", () -> exportEdition(PacketHtml.Edition.STUDENT, "html"));
        Button bundle = button("Bundle for students\u2026", "packet-bundle", () -> exportBundle(false));
        Button work = button("My work\u2026", "packet-work", () -> exportBundle(true));
        FlowPane exports = new FlowPane(6, 6, studentPdf, teacherPdf, studentHtml, bundle, work);
        classPanel = new ClassPanel(stage, library, background, status, model);
        // a packet from a class is its teacher's: read here, answered, not edited
        for (javafx.scene.control.TextInputControl f : new javafx.scene.control.TextInputControl[] {title, introduction,
                questions}) {
            f.editableProperty().bind(classPanel.receivedProperty().not());
        }
        readingActions.disableProperty().bind(classPanel.receivedProperty());
        message.setId("packet-message");
        message.setWrapText(true);
        model.messageProperty().addListener((o, a, m) -> message.setText(m));

        VBox editor = new VBox(6, hint("Title"), title, hint("Introduction (Markdown)"), introduction,
                hint("Readings, in order (drag to reorder)"), readingsBox, questionsLabel, questions,
                new Label("Export"), exports, new Label("Class"), classPanel.node(), message);
        VBox.setVgrow(introduction, Priority.ALWAYS);
        VBox.setVgrow(questions, Priority.ALWAYS);
        editor.disableProperty().bind(model.currentProperty().isNull());
        for (Button b : new Button[] {delete, studentPdf, teacherPdf, studentHtml, bundle, work}) {
            b.disableProperty().bind(model.currentProperty().isNull());
        }

        // saved as one types: after a pause, when a field loses focus, and at once when the window hides
        saveLater.setOnFinished(e -> model.flush());
        title.textProperty().addListener((o, a, t) -> typed());
        introduction.textProperty().addListener((o, a, t) -> typed());
        questions.textProperty().addListener((o, a, t) -> {
            if (!filling) {
                model.typeQuestions(questions.getText());
                saveLater.playFromStart();
            }
        });
        for (javafx.scene.Node field : new javafx.scene.Node[] {title, introduction, questions}) {
            field.focusedProperty().addListener((o, was, now) -> {
                if (!now) {
                    saveNow();
                }
            });
        }
        model.currentProperty().addListener((o, old, p) -> {
            if (p == null || old == null || p.id() != old.id()) {
                fillText();
            }
            if (p == null) {
                list.getSelectionModel().clearSelection();
            } else if (list.getSelectionModel().getSelectedItem() == null
                    || list.getSelectionModel().getSelectedItem().id() != p.id()) {
                model.packets().stream().filter(x -> x.id() == p.id()).findFirst()
                        .ifPresent(x -> list.getSelectionModel().select(x));
            }
        });
        // a sync brought packets in: the list is new, the open packet is chosen in it again, and
        // its fields show what changed (nothing typed is replaced: the model keeps unsaved text)
        model.reloadsProperty().addListener((o, was, now) -> {
            Packet p = model.currentProperty().get();
            if (p != null) {
                model.packets().stream().filter(x -> x.id() == p.id()).findFirst()
                        .ifPresent(x -> list.getSelectionModel().select(x));
            }
            fillText();
            fillQuestions();
        });
        model.readingProperty().addListener((o, old, r) -> {
            if (r == null || old == null || r.documentId() != old.documentId()) {
                fillQuestions();
            }
            markReading();
        });
        model.readings().addListener((javafx.collections.ListChangeListener<Packet.Reading>) c -> markReading());
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDING, e -> saveNow());

        SplitPane split = new SplitPane(left, editor);
        split.setDividerPositions(0.28);
        VBox root = new VBox(split);
        VBox.setVgrow(split, Priority.ALWAYS);
        root.setPadding(new Insets(8));
        SplitPane.setResizableWithParent(left, false);
        ToolWindows.setUp(stage, owner, "Class packets", root, 1040, 720, list::requestFocus);
        // Escape closes the window wherever the focus is: the list would otherwise take it for itself
        stage.getScene().addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE && !e.isShortcutDown() && !e.isAltDown()) {
                e.consume();
                stage.hide();
            }
        });
        fillText();
        fillQuestions();
    }

    /** How Publish to class… publishes the chosen packet (the window's sync does it). */
    public void onPublish(java.util.function.Consumer<Packet> publish) {
        classPanel.onPublish(publish);
    }

    private static Label hint(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("hint");
        return l;
    }

    private void typed() {
        if (!filling) {
            model.type(title.getText(), introduction.getText());
            saveLater.playFromStart();
        }
    }

    private void saveNow() {
        saveLater.stop();
        model.flush();
    }

    private void fillText() {
        filling = true;
        try {
            // only a text that differs is set: the same text set again would move the caret
            setIfChanged(title, model.title());
            setIfChanged(introduction, model.introduction());
        } finally {
            filling = false;
        }
    }

    private static void setIfChanged(javafx.scene.control.TextInputControl field, String text) {
        if (!field.getText().equals(text)) {
            field.setText(text);
        }
    }

    private void fillQuestions() {
        filling = true;
        try {
            setIfChanged(questions, model.questions());
        } finally {
            filling = false;
        }
        Packet.Reading r = model.readingProperty().get();
        questionsLabel.setText(r == null ? "Questions (choose a reading)"
                : "Questions on \u201c" + r.title() + "\u201d (one per paragraph)");
        questionsLabel.getStyleClass().setAll("label", "hint");
        questionsLabel.setTooltip(new javafx.scene.control.Tooltip("A blank line between questions; a line"
                + " starting with \u201cAnswer:\u201d under a question is for the teacher's edition only."));
    }

    /** The chosen reading stays marked in the list when the list is loaded again. */
    private void markReading() {
        Packet.Reading r = model.readingProperty().get();
        Packet.Reading selected = readings.getSelectionModel().getSelectedItem();
        if (r == null) {
            readings.getSelectionModel().clearSelection();
        } else if (selected == null || selected.documentId() != r.documentId()) {
            for (int i = 0; i < model.readings().size(); i++) {
                if (model.readings().get(i).documentId() == r.documentId()) {
                    readings.getSelectionModel().select(i);
                }
            }
        }
    }

    private Packet.Reading selectedReading() {
        return readings.getSelectionModel().getSelectedItem();
    }

    private void move(int by) {
        int at = readings.getSelectionModel().getSelectedIndex();
        if (at >= 0) {
            model.moveReading(at, at + by);
        }
    }

    private void chooseReadings() {
        model.documentsToAdd(docs -> new ReadingChooser(stage, docs).showAndWait().ifPresent(model::addReadings));
    }

    private void confirmDelete() {
        Packet p = model.currentProperty().get();
        if (p == null) {
            return;
        }
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "Delete the packet \u201c" + p.title()
                + "\u201d with its questions? Its documents and annotations stay in the library.",
                ButtonType.OK, ButtonType.CANCEL);
        alert.initOwner(stage);
        alert.setHeaderText(null);
        alert.setTitle("Delete packet");
        if (alert.showAndWait().filter(b -> b == ButtonType.OK).isPresent()) {
            model.delete();
        }
    }

    /** Shows the window with the library's packets listed. */
    public void show() {
        model.refresh(model.currentProperty().get() == null ? -1 : model.currentProperty().get().id());
        stage.show();
        stage.toFront();
    }

    /** Lists the packets again when a sync brought packets in, if the window was ever opened. */
    public void reload() {
        model.reload();
    }

    public Stage stage() {
        return stage;
    }

    public PacketEditorViewModel model() {
        return model;
    }

    /** A reading row: its position and title; dragged onto another row, it moves there. */
    private final class ReadingCell extends ListCell<Packet.Reading> {
        ReadingCell() {
            setOnDragDetected(e -> {
                if (getItem() != null) {
                    ClipboardContent content = new ClipboardContent();
                    content.putString(Integer.toString(getIndex()));
                    startDragAndDrop(TransferMode.MOVE).setContent(content);
                    e.consume();
                }
            });
            setOnDragOver(e -> {
                if (e.getGestureSource() instanceof ReadingCell && e.getGestureSource() != this) {
                    e.acceptTransferModes(TransferMode.MOVE);
                }
                e.consume();
            });
            setOnDragDropped(e -> {
                boolean done = false;
                if (e.getGestureSource() instanceof ReadingCell from && from.getIndex() >= 0) {
                    int to = getItem() == null ? model.readings().size() - 1 : getIndex();
                    model.moveReading(from.getIndex(), to);
                    done = true;
                }
                e.setDropCompleted(done);
                e.consume();
            });
        }

        @Override
        protected void updateItem(Packet.Reading r, boolean empty) {
            super.updateItem(r, empty);
            setText(empty || r == null ? null : (getIndex() + 1) + ". " + r.title()
                    + (r.questions().isEmpty() ? "" : "  \u00b7 " + r.questions().size()
                    + (r.questions().size() == 1 ? " question" : " questions")));
        }
    }

    private static Button button(String text, String id, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private File chooseFile(String title, String name, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(org.glossa.ui.export.ExportDialog.safeName(name) + "." + extension);
        return chooser.showSaveDialog(stage);
    }

    private void exportEdition(PacketHtml.Edition edition, String extension) {
        Packet p = model.currentProperty().get();
        model.flush();
        String suffix = edition == PacketHtml.Edition.TEACHER ? " (teacher)" : "";
        File file = chooseFile("Export packet", p.title() + suffix, extension);
        if (file == null) {
            return;
        }
        message.setText("Exporting\u2026");
        background.run(() -> {
            Path out = file.toPath();
            if (extension.equals("pdf")) {
                org.glossa.core.export.AtomicFile.write(out, os -> library.packets().exportPdf(p.id(), edition, os));
            } else {
                org.glossa.core.export.AtomicFile.writeString(out, library.packets().html(p.id(), edition));
            }
            return out;
        }, this::saved);
    }

    private void exportBundle(boolean myWork) {
        Packet p = model.currentProperty().get();
        model.flush();
        File file = chooseFile(myWork ? "Export my work" : "Export bundle for students",
                p.title() + (myWork ? " - my work" : ""), "glossa");
        if (file == null) {
            return;
        }
        background.run(() -> {
            if (myWork) {
                library.packets().exportMyWork(p.id(), file.toPath());
            } else {
                library.packets().exportBundle(p.id(), file.toPath());
            }
            return file.toPath();
        }, this::saved);
    }

    private void saved(Path out) {
        message.setText("Saved " + out.getFileName() + ".");
        status.info("Saved " + out + ".");
    }

    private void openBundle() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open a .glossa bundle");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Glossa bundles", "*.glossa"));
        File file = chooser.showOpenDialog(stage);
        if (file != null) {
            background.run(() -> library.packets().importBundle(file.toPath()), report -> {
                message.setText(report.summary());
                status.info(report.summary());
                model.refresh(report.packetId());
            });
        }
    }
}
