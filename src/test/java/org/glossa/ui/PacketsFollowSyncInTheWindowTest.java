package org.glossa.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import org.glossa.core.Library;
import org.glossa.core.importing.Importers;
import org.glossa.core.packet.Packet;
import org.glossa.core.sync.SyncRemote;
import org.junit.jupiter.api.Test;

/**
 * A student's Class packets window stays open while the window syncs: a packet the teacher
 * publishes meanwhile is listed without reopening it, the packet the student has open stays
 * chosen, and when the teacher changed it, its text is shown as it is now.
 */
class PacketsFollowSyncInTheWindowTest extends WindowFixture {
    private static final String READING = "# Rivers\n\nBridges followed trade along the river, and towns grew"
            + " where the bridges stood.\n";
    private static final String SECOND = "# Hills\n\nVillages kept to the hills until the marshes were drained.\n";

    private Library teacher() {
        return Library.open(dir.resolve("teacher.sqlite"), Clock.systemUTC(), new Importers(), "Ms Lee");
    }

    private static void publish(Library teacher, Packet p, SyncRemote r) {
        teacher.sync().publish(p.id(), r, remote -> Optional.empty());
    }

    @Test
    void aPacketPublishedWhileThePacketsWindowIsOpenIsListedAfterTheNextSyncAndTheOpenOneStaysChosen()
            throws Exception {
        Path folder = Files.createDirectories(dir.resolve("class"));
        try (Library t = teacher()) {
            long doc = t.importBytes(READING.getBytes(StandardCharsets.UTF_8), "rivers.md").id();
            Packet p = t.packets().create("Week 3: Rivers", "Read it.");
            t.packets().setReadings(p.id(), List.of(doc));
            t.packets().setQuestions(p.id(), doc, List.of(new Packet.Question(0, "Why did bridges follow trade?", "")));
            publish(t, p, t.sync().add("class", folder.toString(), null, null));
        }
        try (Library student = Library.open(libraryFile(), Clock.systemUTC(), new Importers(), "Ana")) {
            student.sync().openClass("class", folder.toString(), null, null, remote -> Optional.empty());
        }
        startApp();
        clickMenu("Library");
        clickMenu("Class packets\u2026");
        ListView<Packet> packets = lookup("#packet-list").queryListView();
        waitUntil(() -> onFx(() -> packets.getItems().size()) == 1);
        clickOn(lookup("#packet-list .list-cell").match((ListCell<Packet> c) -> c.getItem() != null)
                .queryAs(Node.class));
        TextField title = lookup("#packet-title").queryAs(TextField.class);
        waitUntil(() -> onFx(title::getText).equals("Week 3: Rivers"));

        // meanwhile the teacher publishes a second packet and rewords the first one's introduction
        try (Library t = teacher()) {
            SyncRemote r = t.sync().remote("class");
            long hills = t.importBytes(SECOND.getBytes(StandardCharsets.UTF_8), "hills.md").id();
            Packet second = t.packets().create("Week 4: Hills", "Then this.");
            t.packets().setReadings(second.id(), List.of(hills));
            publish(t, second, r);
            Packet first = t.packets().list().stream().filter(x -> x.title().equals("Week 3: Rivers")).findFirst()
                    .orElseThrow();
            t.packets().update(first.id(), first.title(), "Read it twice.");
            publish(t, first, r);
        }
        // the packets window stays open; the main window's Sync now brings both in
        interact(() -> lookup("#sync-now").queryButton().fire());
        waitUntil(() -> onFx(() -> packets.getItems().size()) == 2);
        List<String> titles = onFx(() -> packets.getItems().stream().map(Packet::title).toList());
        assertThat(titles).containsExactlyInAnyOrder("Week 3: Rivers", "Week 4: Hills");
        TextArea introduction = lookup("#packet-introduction").queryAs(TextArea.class);
        waitUntil(() -> onFx(introduction::getText).equals("Read it twice."));
        String chosen = onFx(() -> packets.getSelectionModel().getSelectedItem().title());
        assertThat(chosen).isEqualTo("Week 3: Rivers");
        String shown = onFx(title::getText);
        assertThat(shown).isEqualTo("Week 3: Rivers");
    }
}
