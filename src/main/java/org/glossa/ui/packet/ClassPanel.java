package org.glossa.ui.packet;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.glossa.core.Library;
import org.glossa.core.packet.Packet;
import org.glossa.core.packet.PacketAnswers;
import org.glossa.ui.Background;
import org.glossa.ui.StatusLine;

/**
 * The class part of the packets window. The teacher's packet: Publish to class… and Students'
 * answers…; a packet received from a class (the teacher's, read-only here): Answer the
 * questions…, saved as the student's own answers, which go back with their layer.
 */
final class ClassPanel {
    private final Window owner;
    private final Library library;
    private final Background background;
    private final StatusLine status;
    private final PacketEditorViewModel model;
    private final ReadOnlyBooleanWrapper received = new ReadOnlyBooleanWrapper(false);
    private final FlowPane node;
    private Consumer<Packet> publish = p -> { };

    ClassPanel(Window owner, Library library, Background background, StatusLine status, PacketEditorViewModel model) {
        this.owner = owner;
        this.library = library;
        this.background = background;
        this.status = status;
        this.model = model;
        Button publishButton = button("Publish to class\u2026", "packet-publish", () -> publish.accept(current()));
        Button answers = button("Students' answers\u2026", "packet-answers", this::showAnswers);
        Button answer = button("Answer the questions\u2026", "packet-answer", this::answerQuestions);
        for (Button b : new Button[] {publishButton, answers}) {
            b.visibleProperty().bind(received.not());
            b.managedProperty().bind(b.visibleProperty());
        }
        answer.visibleProperty().bind(received);
        answer.managedProperty().bind(answer.visibleProperty());
        node = new FlowPane(6, 6, publishButton, answers, answer);
        node.disableProperty().bind(model.currentProperty().isNull());
        model.currentProperty().addListener((o, was, p) -> {
            if (p == null) {
                received.set(false);
            } else if (was == null || was.id() != p.id()) {
                background.run(() -> library.packets().received(p.id()), r -> {
                    if (current() != null && current().id() == p.id()) {
                        received.set(r);
                    }
                });
            }
        });
    }

    Node node() {
        return node;
    }

    /** Whether the chosen packet came from a class: its teacher's, not to be edited here. */
    ReadOnlyBooleanProperty receivedProperty() {
        return received.getReadOnlyProperty();
    }

    void onPublish(Consumer<Packet> then) {
        publish = then;
    }

    private Packet current() {
        return model.currentProperty().get();
    }

    /** The questions of every reading, each with the student's answer to type or change. */
    private void answerQuestions() {
        Packet p = current();
        String me = library.author();
        background.run(() -> {
            // the student's answers by reading (document id) and question number
            java.util.Map<String, String> mine = new java.util.HashMap<>();
            java.util.Map<String, Long> byHash = new java.util.HashMap<>();
            p.documentIds().forEach(id -> byHash.put(library.document(id).contentHash(), id));
            for (PacketAnswers.Answer a : library.packets().answers(p.id())) {
                if (a.author().equals(me) && byHash.containsKey(a.document())) {
                    mine.put(byHash.get(a.document()) + "/" + a.question(), a.answer());
                }
            }
            return mine;
        }, (java.util.Map<String, String> mine) -> {
            VBox form = new VBox(8);
            List<Runnable> saves = new ArrayList<>();
            for (Packet.Reading r : p.readings()) {
                if (r.questions().isEmpty()) {
                    continue;
                }
                Label reading = new Label(r.title());
                reading.getStyleClass().add("hint");
                form.getChildren().add(reading);
                for (int i = 0; i < r.questions().size(); i++) {
                    int n = i + 1;
                    String before = mine.getOrDefault(r.documentId() + "/" + n, "");
                    Label q = new Label(n + ". " + r.questions().get(i).text());
                    q.setWrapText(true);
                    TextArea answer = new TextArea(before);
                    answer.setId("packet-answer-" + r.documentId() + "-" + n);
                    answer.setAccessibleText("Your answer to question " + n + " on " + r.title());
                    answer.setWrapText(true);
                    answer.setPrefRowCount(3);
                    form.getChildren().addAll(q, answer);
                    saves.add(() -> {
                        if (!answer.getText().equals(before)) {
                            String text = answer.getText();
                            background.run(() -> library.packets().answer(p.id(), r.documentId(), n, text),
                                    a -> status.info("Answer saved; it goes to " + p.author() + " at the next sync."));
                        }
                    });
                }
            }
            if (saves.isEmpty()) {
                form.getChildren().add(new Label("This packet has no questions."));
            }
            Dialog<ButtonType> d = new Dialog<>();
            d.initOwner(owner);
            d.setTitle("Answer the questions");
            d.setHeaderText("\u201c" + p.title() + "\u201d by " + p.author() + ": your answers (" + me + ")");
            ScrollPane scroll = new ScrollPane(form);
            scroll.setFitToWidth(true);
            scroll.setPrefSize(620, 460);
            d.getDialogPane().setContent(scroll);
            d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
            d.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> saves.forEach(Runnable::run));
        });
    }

    /** Every student's answers on the packet, as their layers have arrived. */
    private void showAnswers() {
        Packet p = current();
        background.run(() -> {
            List<String[]> rows = new ArrayList<>();
            for (PacketAnswers.Answer a : library.packets().answers(p.id())) {
                String reading = library.documents().stream().filter(d -> d.contentHash().equals(a.document()))
                        .map(d -> d.title()).findFirst().orElse(a.document());
                rows.add(new String[] {a.author(), reading, a.question() + ". " + a.text(), a.answer()});
            }
            return rows;
        }, rows -> {
            TableView<String[]> table = new TableView<>();
            table.setId("packet-answers-table");
            table.setPlaceholder(new Label("No answers yet: they arrive with the students' layers when you sync."));
            String[] heads = {"Student", "Reading", "Question", "Answer"};
            for (int i = 0; i < heads.length; i++) {
                int col = i;
                TableColumn<String[], String> c = new TableColumn<>(heads[i]);
                c.setCellValueFactory(v -> new javafx.beans.property.SimpleStringProperty(v.getValue()[col]));
                c.setPrefWidth(col == 3 ? 300 : 140);
                table.getColumns().add(c);
            }
            table.getItems().setAll(rows);
            table.setPrefSize(760, 400);
            Dialog<Void> d = new Dialog<>();
            d.initOwner(owner);
            d.setTitle("Students' answers");
            d.setHeaderText("Answers on \u201c" + p.title() + "\u201d");
            d.getDialogPane().setContent(table);
            d.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
            d.show();
        });
    }

    private static Button button(String text, String id, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }
}
