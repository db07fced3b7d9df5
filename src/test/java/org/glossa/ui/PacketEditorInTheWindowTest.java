package org.glossa.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.glossa.core.Library;
import org.glossa.core.packet.Packet;
import org.glossa.core.search.TestDocuments;
import org.junit.jupiter.api.Test;

/**
 * Library › Class packets…: a teacher makes a packet in the editor (title, a multi-line
 * introduction, readings from the library, put in order, one removed, questions) and finds it
 * all again after closing the window and after quitting at once.
 */
class PacketEditorInTheWindowTest extends WindowFixture {
    private static final String SECOND = "Letters from the strike";

    private void openPackets() throws Exception {
        clickMenu("Library");
        clickMenu("Class packets\u2026");
        waitUntil(() -> packets() != null && lookup("#packet-title").tryQuery().isPresent());
    }

    @Test
    void aPacketMadeInTheEditorIsThereAfterReopeningAndAfterARestart() throws Exception {
        long second;
        try (Library lib = Library.open(libraryFile())) {
            second = TestDocuments.add(lib, SECOND, "Ben", "Work stopped in May.");
        }
        startApp();
        String sample = onFx(() -> window().reader().document().info().title());
        openPackets();
        Window first = packets();
        // a sensible size, centred over the main window
        assertThat(first.getWidth()).isGreaterThan(800);
        assertThat(first.getHeight()).isGreaterThan(500);
        Window main = reader().getScene().getWindow();
        assertThat(Math.abs(first.getX() + first.getWidth() / 2 - (main.getX() + main.getWidth() / 2))).isLessThan(60);

        clickOn("#packet-new");
        ListView<Packet> list = lookup("#packet-list").queryListView();
        waitUntil(() -> onFx(() -> list.getItems().size()) == 1);
        TextField title = lookup("#packet-title").queryAs(TextField.class);
        waitUntil(() -> onFx(title::getText).equals("Untitled packet"));
        clickOn(title);
        interact(title::selectAll);
        write("Week 3: labour");
        TextArea intro = lookup("#packet-introduction").queryAs(TextArea.class);
        clickOn(intro).write("Read both texts.");
        type(KeyCode.ENTER);
        write("Then answer *two* questions.");
        String introduction = "Read both texts.\nThen answer *two* questions.";
        waitUntil(() -> onFx(intro::getText).equals(introduction));

        // two readings from the library, chosen in the chooser
        clickOn("#packet-add");
        waitUntil(() -> lookup("#packet-chooser-list").tryQuery().isPresent());
        ListView<?> docs = lookup("#packet-chooser-list").queryListView();
        waitUntil(() -> onFx(() -> docs.getItems().size()) == 2);
        clickOn("#packet-chooser-filter").write("strike");
        waitUntil(() -> onFx(() -> docs.getItems().size()) == 1);
        interact(() -> lookup("#packet-chooser-filter").queryAs(TextField.class).clear());
        waitUntil(() -> onFx(() -> docs.getItems().size()) == 2);
        clickOn(cell(docs, sample));
        press(KeyCode.CONTROL);
        clickOn(cell(docs, SECOND));
        release(KeyCode.CONTROL);
        clickOn(lookup(".dialog-pane .button").match((Button b) -> "Add".equals(b.getText())).queryAs(Node.class));
        ListView<Packet.Reading> readings = lookup("#packet-readings").queryListView();
        waitUntil(() -> onFx(() -> readings.getItems().stream().map(Packet.Reading::title).toList())
                .equals(java.util.List.of(sample, SECOND)));

        // the second moved up, then the first (now second) removed
        clickOn(cell(readings, SECOND));
        clickOn("#packet-up");
        waitUntil(() -> onFx(() -> readings.getItems().stream().map(Packet.Reading::title).toList())
                .equals(java.util.List.of(SECOND, sample)));
        clickOn(cell(readings, sample));
        clickOn("#packet-remove");
        waitUntil(() -> onFx(() -> readings.getItems().stream().map(Packet.Reading::title).toList())
                .equals(java.util.List.of(SECOND)));
        clickOn(cell(readings, SECOND));
        TextArea questions = lookup("#packet-questions").queryAs(TextArea.class);
        clickOn(questions).write("Why did work stop?");
        type(KeyCode.ENTER);
        write("Answer: the May strike.");
        type(KeyCode.ENTER, KeyCode.ENTER);
        write("Who wrote the letters?");

        // Escape closes the window, even from inside a text field, and what was typed is saved
        type(KeyCode.ESCAPE);
        waitUntil(() -> !onFx(first::isShowing));
        openPackets();
        waitUntil(() -> onFx(() -> lookup("#packet-list").queryListView().getItems().size()) == 1);
        clickOn(cell(lookup("#packet-list").queryListView(), "Week 3: labour (1)"));
        waitUntil(() -> onFx(() -> lookup("#packet-title").queryAs(TextField.class).getText()).equals("Week 3: labour"));
        assertThat(onFx(() -> lookup("#packet-introduction").queryAs(TextArea.class).getText())).isEqualTo(introduction);
        assertThat(onFx(() -> lookup("#packet-readings").queryListView().getItems().size())).isEqualTo(1);
        waitUntil(() -> onFx(() -> lookup("#packet-questions").queryAs(TextArea.class).getText())
                .equals("Why did work stop?\nAnswer: the May strike.\n\nWho wrote the letters?"));

        // typed and left at once: quitting saves it
        clickOn("#packet-introduction");
        type(KeyCode.END);
        write(" Due Friday.");
        restartApp();
        try (Library lib = Library.openReadOnly(libraryFile())) {
            assertThat(lib.packets().list()).singleElement().satisfies(p -> {
                assertThat(p.title()).isEqualTo("Week 3: labour");
                assertThat(p.introduction()).isEqualTo(introduction + " Due Friday.");
                assertThat(p.documentIds()).containsExactly(second);
                assertThat(p.readings().get(0).questions()).extracting(Packet.Question::text, Packet.Question::answer)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("Why did work stop?", "the May strike."),
                                org.assertj.core.groups.Tuple.tuple("Who wrote the letters?", ""));
            });
        }
    }

    @Test
    void readingsAreReorderedByDragging() throws Exception {
        long second;
        long packet;
        try (Library lib = Library.open(libraryFile())) {
            second = TestDocuments.add(lib, SECOND, "Ben", "Work stopped in May.");
            packet = lib.packets().create("Dragged", "").id();
            lib.packets().setReadings(packet, java.util.List.of(1L, second));
        }
        startApp();
        openPackets();
        ListView<Packet> list = lookup("#packet-list").queryListView();
        waitUntil(() -> onFx(() -> list.getItems().size()) == 1);
        clickOn(cell(list, "Dragged (2)"));
        ListView<Packet.Reading> readings = lookup("#packet-readings").queryListView();
        waitUntil(() -> onFx(() -> readings.getItems().size()) == 2);
        drag(cell(readings, SECOND)).dropTo(cell(readings, onFx(() -> readings.getItems().get(0).title())));
        waitUntil(() -> onFx(() -> readings.getItems().get(0).documentId()) == second);
        try (Library lib = Library.openReadOnly(libraryFile())) {
            waitUntil(() -> lib.packets().get(packet).documentIds().equals(java.util.List.of(second, 1L)));
        }
    }

    /** The row of {@code list} whose text contains {@code text}. */
    private Node cell(ListView<?> list, String text) throws Exception {
        waitUntil(() -> from(list).lookup(".list-cell").match((ListCell<?> c) -> c.getText() != null
                && c.getText().contains(text)).tryQuery().isPresent());
        return from(list).lookup(".list-cell").match((ListCell<?> c) -> c.getText() != null
                && c.getText().contains(text)).queryAs(Node.class);
    }

    private Window packets() {
        return onFx(() -> Window.getWindows().stream().filter(w -> w instanceof Stage s && s.isShowing()
                && s.getTitle() != null && s.getTitle().startsWith("Class packets")).findFirst().orElse(null));
    }
}
