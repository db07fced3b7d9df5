package org.glossa.core.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.glossa.model.Annotation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sync through a plain folder (what Syncthing or Dropbox keep in step), between libraries in one process. */
class FolderSyncTest {
    private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");

    @TempDir
    Path dir;
    private Path folder;
    private Device anna;
    private Device ben;

    @BeforeEach
    void open() throws Exception {
        folder = Files.createDirectories(dir.resolve("shared"));
        anna = new Device(dir.resolve("anna.sqlite"), "Anna Müller", T0);
        ben = new Device(dir.resolve("ben.sqlite"), "Ben", T0);
    }

    @AfterEach
    void close() {
        anna.close();
        ben.close();
    }

    private SyncReport sync(Device d) {
        SyncRemote r = d.library.sync().remotes().isEmpty() ? d.remote("class", folder.toString(), null, null)
                : d.library.sync().remote("class");
        return d.sync(r, new FolderStore(folder));
    }

    @Test
    void twoLibrariesExchangeDocumentsAndAnnotationsAsLayers() throws Exception {
        long second = anna.importSecond();
        Annotation a = anna.highlight(second, "agreed on nothing", "Typical.");
        SyncReport first = sync(anna);
        assertThat(first.pushed()).isEqualTo(1);
        assertThat(first.documentsPushed()).isEqualTo(2);

        SyncReport got = sync(ben);
        assertThat(got.documentsPulled()).isEqualTo(1);
        assertThat(got.pulled()).isEqualTo(1);
        long bensCopy = ben.documentTitled("Second reading");
        assertThat(ben.library.load(bensCopy).text()).isEqualTo(anna.library.load(second).text());
        assertThat(ben.library.annotation(a.id()))
                .satisfies(x -> assertThat(x.author()).isEqualTo("Anna Müller"))
                .satisfies(x -> assertThat(x.note()).isEqualTo("Typical."))
                .satisfies(x -> assertThat(x.quote().exact()).isEqualTo("agreed on nothing"));

        Annotation b = ben.highlight(bensCopy, "committee", "Who?");
        assertThat(sync(ben).pushed()).isEqualTo(1);
        assertThat(sync(anna).pulled()).isEqualTo(1);
        assertThat(anna.library.annotation(b.id()).author()).isEqualTo("Ben");
        assertThat(anna.library.layers().authors(second)).extracting(l -> l.author() + ":" + l.annotations())
                .containsExactly("Anna Müller:1", "Ben:1");
        assertThat(Files.exists(folder.resolve("annotations").resolve(anna.library.document(second).contentHash())
                .resolve("Anna~20M~C3~BCller.jsonld"))).isTrue();
    }

    @Test
    void aSyncWhereNothingChangedReadsTwoListingsAndMovesNothing() throws Exception {
        anna.highlight(anna.importSecond(), "committee", "");
        sync(anna);
        sync(ben);
        sync(anna); // learns the versions its own writes were given
        sync(ben);
        SyncReport idle = sync(anna);
        assertThat(idle.requests()).isEqualTo(2);
        assertThat(idle.pushed() + idle.pulled() + idle.conflicts()).isZero();
        assertThat(anna.library.sync().pending(anna.library.sync().remote("class"))).isZero();
    }

    @Test
    void theSameAuthorEditingOnTwoDevicesKeepsTheNewerEditAndACopyOfTheOther() throws Exception {
        try (Device laptop = new Device(dir.resolve("anna-laptop.sqlite"), "Anna Müller", T0)) {
            long doc = anna.importSecond();
            Annotation a = anna.highlight(doc, "agreed on nothing", "first thought");
            sync(anna);
            sync(laptop);
            assertThat(laptop.library.annotation(a.id()).note()).isEqualTo("first thought");

            anna.note(a.id(), "edited on the desktop");
            laptop.clock.advance(java.time.Duration.ofSeconds(30));
            laptop.note(a.id(), "edited on the laptop, later");
            assertThat(anna.library.sync().pending(anna.library.sync().remote("class"))).isEqualTo(1);
            assertThat(sync(anna).pushed()).isEqualTo(1);
            SyncReport meeting = sync(laptop);
            assertThat(meeting.conflicts()).isEqualTo(1);
            sync(anna);

            for (Device d : List.of(anna, laptop)) {
                assertThat(d.library.annotation(a.id()).note()).isEqualTo("edited on the laptop, later");
                assertThat(d.all()).filteredOn(x -> x.tags().contains("sync-conflict"))
                        .singleElement().satisfies(x -> {
                            assertThat(x.note()).isEqualTo("edited on the desktop");
                            assertThat(x.author()).isEqualTo("Anna Müller");
                        });
            }
        }
    }

    @Test
    void aDeletionTravelsAsATombstoneAndADeletedAnnotationDoesNotComeBack() throws Exception {
        long doc = anna.importSecond();
        Annotation a = anna.highlight(doc, "committee", "gone soon");
        Annotation kept = anna.highlight(doc, "Tuesday", "stays");
        sync(anna);
        sync(ben);
        assertThat(ben.library.findAnnotation(a.id())).isPresent();

        anna.library.deleteAnnotation(a.id());
        assertThat(sync(anna).pushed()).isEqualTo(1);
        SyncReport got = sync(ben);
        assertThat(got.pulled()).isEqualTo(1);
        assertThat(ben.library.findAnnotation(a.id())).isEmpty();
        assertThat(ben.library.findAnnotation(kept.id())).isPresent();

        // Anna's own file on the remote holds the tombstone, so her other devices hear of it too
        try (Device laptop = new Device(dir.resolve("anna-laptop.sqlite"), "Anna Müller", T0)) {
            sync(laptop);
            assertThat(laptop.library.findAnnotation(a.id())).isEmpty();
            assertThat(laptop.library.findAnnotation(kept.id())).isPresent();
        }
        sync(anna);
        assertThat(anna.library.findAnnotation(a.id())).isEmpty();
    }

    @Test
    void anotherAuthorsFileCannotChangeOrDeleteYourAnnotations() throws Exception {
        long doc = anna.importSecond();
        Annotation mine = anna.highlight(doc, "committee", "mine");
        sync(anna);
        sync(ben);
        ben.highlight(ben.documentTitled("Second reading"), "Tuesday", "ben's own");
        sync(ben);

        // Ben's file is altered by hand: it claims Anna's annotation, rewrites one by Anna and deletes hers
        Path bensFile;
        try (Stream<Path> files = Files.walk(folder.resolve("annotations"))) {
            bensFile = files.filter(p -> p.getFileName().toString().equals("Ben.jsonld")).findFirst().orElseThrow();
        }
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = (ObjectNode) json.readTree(bensFile.toFile());
        var items = (com.fasterxml.jackson.databind.node.ArrayNode) root.get("first").get("items");
        ObjectNode takeover = items.get(0).deepCopy();
        takeover.put("id", "urn:uuid:" + mine.id());
        takeover.put("modified", "2027-01-01T00:00:00Z");
        items.add(takeover);
        ObjectNode forged = items.get(0).deepCopy();
        forged.put("id", "urn:uuid:0d000000-0000-4000-8000-000000000001");
        ((ObjectNode) forged.get("creator")).put("name", "Anna Müller");
        items.add(forged);
        root.putArray(LayerFile.DELETED).addObject().put("id", "urn:uuid:" + mine.id())
                .put("deleted", "2027-01-01T00:00:00Z");
        Files.write(bensFile, json.writeValueAsBytes(root));

        SyncReport r = sync(anna);
        assertThat(r.refused()).isEqualTo(3);
        assertThat(r.problems()).allSatisfy(p -> assertThat(p).startsWith("refused"));
        assertThat(anna.library.annotation(mine.id()))
                .satisfies(x -> assertThat(x.note()).isEqualTo("mine"))
                .satisfies(x -> assertThat(x.author()).isEqualTo("Anna Müller"));
        assertThat(anna.library.findAnnotation("0d000000-0000-4000-8000-000000000001")).isEmpty();
        assertThat(anna.all()).filteredOn(x -> x.author().equals("Ben")).singleElement()
                .satisfies(x -> assertThat(x.note()).isEqualTo("ben's own"));
    }

    @Test
    void aFolderThatIsGoneIsOneLineAndChangesNothing() throws Exception {
        anna.highlight(anna.importSecond(), "committee", "");
        SyncRemote r = anna.remote("class", dir.resolve("no-such-folder").toString(), null, null);
        int before = anna.all().size();
        assertThatThrownBy(() -> anna.sync(r, new FolderStore(dir.resolve("no-such-folder"))))
                .isInstanceOf(RemoteException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n").contains("no-such-folder"));
        assertThat(anna.all()).hasSize(before);
        assertThat(anna.library.sync().pending(r)).isEqualTo(1);
    }
}
