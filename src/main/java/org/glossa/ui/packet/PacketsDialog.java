package org.glossa.ui.packet;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.LongSupplier;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.glossa.core.Library;
import org.glossa.core.packet.Packet;
import org.glossa.core.packet.PacketHtml;
import org.glossa.ui.Background;
import org.glossa.ui.StatusLine;

/**
 * Class packets: a teacher makes one (title, introduction), adds the open document and questions
 * on it, sees the outline, and exports the student's or teacher's edition (HTML or PDF), the
 * .glossa bundle for students, or (as a student) "my work" to hand back.
 */
public final class PacketsDialog {
    private final Stage stage = new Stage();
    private final Library library;
    private final Background background;
    private final StatusLine status;
    private final LongSupplier openDocument;
    private final ListView<Packet> list = new ListView<>();
    private final TextArea outline = new TextArea();
    private final Label message = new Label();

    private PacketsDialog(Window owner, Library library, Background background, StatusLine status,
                          LongSupplier openDocument) {
        this.library = library;
        this.background = background;
        this.status = status;
        this.openDocument = openDocument;
        stage.initOwner(owner);
        stage.setTitle("Class packets");
        list.setId("packet-list");
        list.setPrefWidth(220);
        list.setPlaceholder(new Label("No packets yet."));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Packet p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : p.title() + " (" + p.readings().size() + ")");
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, a, p) -> outline.setText(outline(p)));
        outline.setId("packet-outline");
        outline.setEditable(false);
        outline.setWrapText(true);

        Button create = button("New packet\u2026", "packet-new", this::create);
        Button add = button("Add open document", "packet-add", this::addOpenDocument);
        Button question = button("Add question\u2026", "packet-question", this::addQuestion);
        Button studentPdf = button("Student PDF\u2026", "packet-student-pdf", () -> exportEdition(PacketHtml.Edition.STUDENT, "pdf"));
        Button teacherPdf = button("Teacher PDF\u2026", "packet-teacher-pdf", () -> exportEdition(PacketHtml.Edition.TEACHER, "pdf"));
        Button studentHtml = button("Student HTML\u2026", "packet-student-html", () -> exportEdition(PacketHtml.Edition.STUDENT, "html"));
        Button bundle = button("Bundle for students\u2026", "packet-bundle", () -> exportBundle(false));
        Button work = button("My work\u2026", "packet-work", () -> exportBundle(true));
        Button open = button("Open a bundle\u2026", "packet-open", this::openBundle);
        for (Button b : new Button[] {add, question, studentPdf, teacherPdf, studentHtml, bundle, work}) {
            b.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        }
        FlowPane actions = new FlowPane(6, 6, create, add, question, studentPdf, teacherPdf, studentHtml, bundle, work, open);
        BorderPane root = new BorderPane(outline, null, null, new VBox(8, actions, message), list);
        BorderPane.setMargin(outline, new Insets(0, 0, 0, 10));
        root.setPadding(new Insets(12));
        root.setPrefSize(760, 460);
        stage.setScene(new Scene(root));
        // Escape closes it, as it closes the Library, Claims and Export windows
        stage.getScene().getAccelerators().put(new javafx.scene.input.KeyCodeCombination(
                javafx.scene.input.KeyCode.ESCAPE), stage::hide);
        if (owner != null && owner.getScene() != null) {
            stage.getScene().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
    }

    public static void show(Window owner, Library library, Background background, StatusLine status,
                            LongSupplier openDocument) {
        PacketsDialog d = new PacketsDialog(owner, library, background, status, openDocument);
        d.reload(-1);
        d.stage.show();
    }

    private static Button button(String text, String id, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private void reload(long select) {
        background.run(() -> library.packets().list(), packets -> {
            list.getItems().setAll(packets);
            packets.stream().filter(p -> p.id() == select).findFirst()
                    .ifPresent(p -> list.getSelectionModel().select(p));
        });
    }

    static String outline(Packet p) {
        if (p == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(p.title()).append("\n\n");
        if (p.introduction() != null && !p.introduction().isBlank()) {
            sb.append(p.introduction()).append("\n\n");
        }
        int n = 1;
        for (Packet.Reading r : p.readings()) {
            sb.append(n++).append(". ").append(r.title()).append('\n');
            for (Packet.Question q : r.questions()) {
                sb.append("     \u2022 ").append(q.text()).append('\n');
            }
        }
        if (p.readings().isEmpty()) {
            sb.append("No readings yet: open a document and choose \u201cAdd open document\u201d.");
        }
        return sb.toString();
    }

    private Optional<String> ask(String title, String header, String initial) {
        TextInputDialog d = new TextInputDialog(initial);
        d.initOwner(stage);
        d.setTitle(title);
        d.setHeaderText(header);
        return d.showAndWait().map(String::strip).filter(s -> !s.isEmpty());
    }

    private void create() {
        ask("New packet", "Title of the packet", "").ifPresent(title -> {
            String intro = ask("New packet", "Introduction for the students (optional)", "").orElse("");
            background.run(() -> library.packets().create(title, intro), p -> reload(p.id()));
        });
    }

    private void addOpenDocument() {
        Packet p = list.getSelectionModel().getSelectedItem();
        long doc = openDocument.getAsLong();
        if (doc < 0) {
            message.setText("Open a document in the reader first.");
            return;
        }
        background.run(() -> library.packets().addDocument(p.id(), doc), updated -> reload(updated.id()));
    }

    private void addQuestion() {
        Packet p = list.getSelectionModel().getSelectedItem();
        long doc = openDocument.getAsLong();
        if (doc < 0 || !p.documentIds().contains(doc)) {
            message.setText("Open a document of this packet in the reader to ask a question on it.");
            return;
        }
        ask("Question", "A question on the open document", "").ifPresent(q -> {
            String answer = ask("Question", "Your answer or notes (teacher's edition only; optional)", "").orElse("");
            background.run(() -> library.packets().addQuestion(p.id(), doc, q, answer), updated -> reload(updated.id()));
        });
    }

    private File chooseFile(String title, String name, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(org.glossa.ui.export.ExportDialog.safeName(name) + "." + extension);
        return chooser.showSaveDialog(stage);
    }

    private void exportEdition(PacketHtml.Edition edition, String extension) {
        Packet p = list.getSelectionModel().getSelectedItem();
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
        Packet p = list.getSelectionModel().getSelectedItem();
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
                reload(report.packetId());
            });
        }
    }
}
