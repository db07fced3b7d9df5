package org.glossa.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import org.glossa.core.Library;
import org.glossa.core.importing.Importers;
import org.glossa.core.packet.Packet;
import org.glossa.core.sync.SyncRemote;
import org.junit.jupiter.api.Test;

/**
 * A student's window opens a teacher's class on a folder remote (File › Open class…): the
 * packet, its reading and the teacher's note arrive, the packet is read-only and its questions
 * are answered in the packets window. Remotes are added and removed in File › Sync remotes….
 */
class ClassInTheWindowTest extends WindowFixture {
    private static final String READING = "# Rivers\n\nBridges followed trade along the river, and towns grew"
            + " where the bridges stood.\n";

    private Path publishedClass() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("class"));
        try (Library teacher = Library.open(dir.resolve("teacher.sqlite"), Clock.systemUTC(), new Importers(), "Ms Lee")) {
            long doc = teacher.importBytes(READING.getBytes(StandardCharsets.UTF_8), "rivers.md").id();
            teacher.annotateQuote(doc, "Bridges followed trade", 1, "yellow", "Guiding note: why trade first?", List.of());
            Packet p = teacher.packets().create("Week 3: Rivers", "Read it.");
            teacher.packets().setReadings(p.id(), List.of(doc));
            teacher.packets().setQuestions(p.id(), doc, List.of(new Packet.Question(0, "Why did bridges follow trade?",
                    "Boats.")));
            SyncRemote r = teacher.sync().add("class", folder.toString(), null, null);
            teacher.sync().publish(p.id(), r, remote -> Optional.empty());
        }
        return folder;
    }

    private void clickButton(String text) {
        clickOn(lookup(".dialog-pane .button").match((Button b) -> text.equals(b.getText()) && b.isVisible())
                .queryAs(Node.class));
    }

    @Test
    void aStudentOpensAClassFromTheFileMenuAndAnswersItsQuestion() throws Exception {
        Path folder = publishedClass();
        startApp();
        clickMenu("File");
        clickMenu("Open class\u2026");
        waitUntil(() -> lookup("#remote-address").tryQuery().isPresent());
        assertThat(onFx(() -> lookup("#remote-name").queryAs(TextField.class).getText())).isEqualTo("class");
        clickOn("#remote-address").write(folder.toString());
        // a folder needs no user or password
        assertThat(onFx(() -> lookup("#remote-password").queryAs(javafx.scene.control.PasswordField.class)
                .isDisabled())).isTrue();
        Label line = lookup("#status-line").queryAs(Label.class);
        java.util.List<String> said = new java.util.concurrent.CopyOnWriteArrayList<>();
        interact(() -> line.textProperty().addListener((o, was, now) -> said.add(now)));
        clickButton("OK");
        waitUntil(() -> said.stream().anyMatch(t -> t.startsWith("Class class opened")) || said.stream().anyMatch(
                t -> t.startsWith("Could not")));
        assertThat(said).anyMatch(t -> t.startsWith("Class class opened: 1 reading(s)"));
        try (Library lib = Library.openReadOnly(libraryFile())) {
            Packet p = lib.packets().list().get(0);
            assertThat(p.title()).isEqualTo("Week 3: Rivers");
            assertThat(p.author()).isEqualTo("Ms Lee");
            long doc = p.documentIds().get(0);
            assertThat(lib.annotations(doc)).singleElement().satisfies(a -> {
                assertThat(a.author()).isEqualTo("Ms Lee");
                assertThat(a.note()).isEqualTo("Guiding note: why trade first?");
            });
            assertThat(lib.sync().isClass(lib.sync().remote("class"))).isTrue();
        }
        // the library list shows the reading that arrived
        ListView<org.glossa.model.DocumentInfo> documents = lookup("#document-list").queryListView();
        waitUntil(() -> onFx(() -> documents.getItems().stream().anyMatch(d -> d.title().equals("Rivers"))));

        clickMenu("Library");
        clickMenu("Class packets\u2026");
        ListView<Packet> packets = lookup("#packet-list").queryListView();
        waitUntil(() -> onFx(() -> packets.getItems().size()) == 1);
        clickOn(lookup("#packet-list .list-cell").match((javafx.scene.control.ListCell<Packet> c) -> c.getItem() != null)
                .queryAs(Node.class));
        waitUntil(() -> onFx(() -> lookup("#packet-answer").queryAs(Button.class).isVisible()));
        // the teacher's packet is read here, not edited
        assertThat(onFx(() -> lookup("#packet-title").queryAs(TextField.class).isEditable())).isFalse();
        assertThat(onFx(() -> lookup("#packet-publish").queryAs(Button.class).isVisible())).isFalse();
        clickOn("#packet-answer");
        waitUntil(() -> lookup(".dialog-pane .text-area").tryQuery().isPresent());
        clickOn(lookup(".dialog-pane .text-area").queryAs(TextArea.class)).write("Trade came first.");
        clickButton("OK");
        waitUntil(() -> {
            try (Library lib = Library.openReadOnly(libraryFile())) {
                return lib.packets().answers(lib.packets().list().get(0).id()).stream()
                        .anyMatch(a -> a.answer().equals("Trade came first.") && a.question() == 1);
            }
        });
    }

    @Test
    void aRemoteIsAddedAndRemovedInTheWindowAndABadOneIsRefusedInOneLine() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("home"));
        startApp();
        clickMenu("File");
        clickMenu("Sync remotes\u2026");
        waitUntil(() -> lookup("#remote-add").tryQuery().isPresent());
        ListView<?> list = lookup("#remote-list").queryListView();
        clickOn("#remote-add");
        waitUntil(() -> lookup("#remote-address").tryQuery().isPresent());
        clickOn("#remote-name").write("home");
        clickOn("#remote-address").write(folder.toString());
        clickButton("OK");
        waitUntil(() -> onFx(() -> list.getItems().size()) == 1);
        try (Library lib = Library.openReadOnly(libraryFile())) {
            assertThat(lib.sync().remotes()).singleElement().satisfies(r -> {
                assertThat(r.name()).isEqualTo("home");
                assertThat(r.url()).isEqualTo(folder.toString());
            });
        }
        // the status line's sync part appears once there is a remote
        waitUntil(() -> onFx(() -> lookup("#sync-now").queryAs(Button.class).isVisible()));

        clickOn("#remote-add");
        waitUntil(() -> lookup("#remote-address").tryQuery().isPresent());
        clickOn("#remote-name").write("bad name");
        clickOn("#remote-address").write(folder.toString());
        clickButton("OK");
        Label message = lookup("#remote-message").queryAs(Label.class);
        waitUntil(() -> onFx(message::getText).contains("not 'bad name'"));
        assertThat(onFx(message::getText)).doesNotContain("\n");
        assertThat(onFx(() -> list.getItems().size())).isEqualTo(1);

        clickOn(lookup("#remote-list .list-cell").match((javafx.scene.control.ListCell<?> c) -> c.getItem() != null)
                .queryAs(Node.class));
        clickOn("#remote-remove");
        waitUntil(() -> onFx(() -> list.getItems().isEmpty()));
        try (Library lib = Library.openReadOnly(libraryFile())) {
            assertThat(lib.sync().remotes()).isEmpty();
        }
    }
}
