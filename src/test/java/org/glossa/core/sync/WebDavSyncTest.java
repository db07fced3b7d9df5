package org.glossa.core.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.glossa.Main;
import org.glossa.core.ChildJvm;
import org.glossa.core.packet.DocumentJson;
import org.glossa.core.store.LibraryCheck;
import org.glossa.model.Annotation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Sync against a real WebDAV server: Apache httpd with mod_dav on loopback, basic authentication. */
class WebDavSyncTest {
    private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");
    private static final String PASSWORD_ENV = "GLOSSA_TEST_DAV_PASSWORD";

    @RegisterExtension
    static final ApacheDav dav = ApacheDav.server();
    @TempDir
    Path dir;

    private static SyncRemote remote(Device d, URI url, String user) {
        return d.remote("class", url.toString(), user, PASSWORD_ENV);
    }

    private static WebDavStore store(URI url, String user) {
        return new WebDavStore(url, user, ApacheDav.PASSWORD);
    }

    @Test
    void twoLibrariesExchangeDocumentsAndAnnotationsThroughTheServer() throws Exception {
        URI url = dav.collection("exchange");
        try (Device anna = new Device(dir.resolve("anna.sqlite"), "anna", T0);
             Device ben = new Device(dir.resolve("ben.sqlite"), "ben", T0)) {
            SyncRemote ra = remote(anna, url, "anna");
            SyncRemote rb = remote(ben, url, "ben");
            Annotation a = anna.highlight(anna.importSecond(), "agreed on nothing", "Typical.");
            assertThat(anna.sync(ra, store(url, "anna")).pushed()).isEqualTo(1);
            SyncReport got = ben.sync(rb, store(url, "ben"));
            assertThat(got.documentsPulled()).isEqualTo(1);
            assertThat(got.pulled()).isEqualTo(1);
            assertThat(ben.library.annotation(a.id()).note()).isEqualTo("Typical.");

            Annotation b = ben.highlight(ben.documentTitled("Second reading"), "committee", "Who?");
            ben.sync(rb, store(url, "ben"));

            assertThat(anna.sync(ra, store(url, "anna")).pulled()).isEqualTo(1);
            assertThat(anna.library.annotation(b.id()).author()).isEqualTo("ben");

            // an edit, a deletion, and then nothing: each sync moves only what changed
            ben.note(b.id(), "Who, exactly?");
            anna.library.deleteAnnotation(a.id());
            assertThat(anna.sync(ra, store(url, "anna")).pushed()).isEqualTo(1);
            assertThat(ben.sync(rb, store(url, "ben"))).satisfies(r -> {
                assertThat(r.pushed()).isEqualTo(1);
                assertThat(r.pulled()).isEqualTo(1);
            });
            assertThat(ben.library.findAnnotation(a.id())).isEmpty();
            assertThat(anna.sync(ra, store(url, "anna")).pulled()).isEqualTo(1);
            assertThat(anna.library.annotation(b.id()).note()).isEqualTo("Who, exactly?");
            ben.sync(rb, store(url, "ben"));
            anna.sync(ra, store(url, "anna"));
            ben.sync(rb, store(url, "ben"));
            SyncReport idle = anna.sync(ra, store(url, "anna"));
            assertThat(idle.requests()).isEqualTo(2);
            assertThat(idle.pushed() + idle.pulled()).isZero();
        }
    }

    @Test
    void anEditOnTwoDevicesOverWebDavKeepsBoth() throws Exception {
        URI url = dav.collection("devices");
        try (Device desk = new Device(dir.resolve("desk.sqlite"), "anna", T0);
             Device laptop = new Device(dir.resolve("laptop.sqlite"), "anna", T0)) {
            SyncRemote rd = remote(desk, url, "anna");
            SyncRemote rl = remote(laptop, url, "anna");
            Annotation a = desk.highlight(desk.importSecond(), "committee", "one");
            desk.sync(rd, store(url, "anna"));
            laptop.sync(rl, store(url, "anna"));
            desk.note(a.id(), "desk");
            laptop.clock.advance(java.time.Duration.ofMinutes(1));
            laptop.note(a.id(), "laptop");
            desk.sync(rd, store(url, "anna"));
            assertThat(laptop.sync(rl, store(url, "anna")).conflicts()).isEqualTo(1);
            desk.sync(rd, store(url, "anna"));
            for (Device d : List.of(desk, laptop)) {
                assertThat(d.library.annotation(a.id()).note()).isEqualTo("laptop");
                assertThat(d.all()).filteredOn(x -> x.tags().contains("sync-conflict")).extracting(Annotation::note)
                        .containsExactly("desk");
            }
        }
    }

    @Test
    void aWrongPasswordIsOneLineAndChangesNothing() throws Exception {
        URI url = dav.collection("refused");
        try (Device anna = new Device(dir.resolve("anna.sqlite"), "anna", T0)) {
            SyncRemote r = remote(anna, url, "anna");
            anna.highlight(anna.importSecond(), "committee", "");
            assertThatThrownBy(() -> anna.sync(r, new WebDavStore(url, "anna", "wrong")))
                    .isInstanceOf(RemoteException.class)
                    .satisfies(e -> assertThat(e.getMessage()).contains("401").doesNotContain("\n"));
            assertThat(anna.library.sync().pending(r)).isEqualTo(1);
            assertThat(anna.library.sync().remote("class").lastSynced()).isNull();
        }
    }

    @Test
    void theServerStoppingInTheMiddleOfASyncLeavesBothSidesWholeAndTheNextSyncCompletes() throws Exception {
        URI url = dav.collection("outage");
        try (Device anna = new Device(dir.resolve("anna.sqlite"), "anna", T0);
             Device ben = new Device(dir.resolve("ben.sqlite"), "ben", T0)) {
            SyncRemote r = remote(anna, url, "anna");
            List<String> ids = annotateMany(anna, 6);
            RemoteStore failing = new StopsAfter(store(url, "anna"), 6);
            try {
                assertThatThrownBy(() -> anna.sync(r, failing))
                        .isInstanceOf(RemoteException.class)
                        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n")
                                .contains("127.0.0.1"));
            } finally {
                dav.startAgain();
            }
            assertThat(anna.library.sync().pending(r)).isPositive();
            assertRemoteWhole(dav.folder("outage"));

            anna.sync(r, store(url, "anna"));
            assertThat(anna.library.sync().pending(r)).isZero();
            ben.sync(remote(ben, url, "ben"), store(url, "ben"));
            assertThat(ben.all()).extracting(Annotation::id).containsAll(ids);
        }
    }

    @Test
    void aSyncKilledAtAnyMomentLeavesBothSidesWholeAndTheNextSyncCompletes() throws Exception {
        URI url = dav.collection("killed");
        Path annaFile = dir.resolve("anna.sqlite");
        List<String> ids;
        try (Device anna = new Device(annaFile, "anna", T0)) {
            remote(anna, url, "anna");
            ids = annotateMany(anna, 12);
        }
        try (ChildJvm child = ChildJvm.startWithEnvironment(Map.of(PASSWORD_ENV, ApacheDav.PASSWORD), Main.class,
                dir.resolve("child-errors.txt"), "--library", annaFile.toString(), "sync", "class", "--verbose",
                "--author", "anna")) {
            int settled = 0;
            for (String line = child.readLine(); line != null && settled < 8; line = child.readLine()) {
                if (line.startsWith("class\tpushed")) {
                    settled++;
                }
            }
            assertThat(settled).as("the child sync got under way: " + child.errors()).isEqualTo(8);
            child.kill();
        }
        assertRemoteWhole(dav.folder("killed"));
        assertThat(LibraryCheck.problems(annaFile, true)).isEmpty();
        try (Device anna = new Device(annaFile, "anna", T0.plusSeconds(3600));
             Device ben = new Device(dir.resolve("ben.sqlite"), "ben", T0)) {
            SyncRemote r = anna.library.sync().remote("class");
            assertThat(anna.library.sync().pending(r)).isPositive();
            anna.sync(r, store(url, "anna"));
            assertThat(anna.library.sync().pending(r)).isZero();
            ben.sync(remote(ben, url, "ben"), store(url, "ben"));
            assertThat(ben.all()).extracting(Annotation::id).containsAll(ids);
            assertThat(ben.library.documents()).hasSize(anna.library.documents().size());
        }
    }

    /** Twelve-odd documents with a few highlights each, so a sync writes many files. */
    private static List<String> annotateMany(Device d, int documents) throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < documents; i++) {
            String text = "# Reading " + i + "\n\nThe committee met on day " + i + " and agreed on nothing at all.\n";
            long doc = d.library.importBytes(text.getBytes(java.nio.charset.StandardCharsets.UTF_8), "r" + i + ".md").id();
            ids.add(d.highlight(doc, "committee", "note " + i).id());
            ids.add(d.highlight(doc, "agreed on nothing", "").id());
        }
        return ids;
    }

    /** Every file on the server is a whole document or a whole layer: nothing half written. */
    private static void assertRemoteWhole(Path folder) throws Exception {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                String name = p.getFileName().toString();
                byte[] bytes = Files.readAllBytes(p);
                if (name.endsWith(".jsonld")) {
                    assertThat(LayerFile.read(bytes, name).items()).as(name).isNotNull();
                } else if (p.getParent().getFileName().toString().equals("documents")) {
                    assertThat(DocumentJson.read(name, bytes).content().text()).as(name).isNotEmpty();
                }
            }
        }
    }

    /** The real store, until it stops the server after {@code n} requests. */
    private static final class StopsAfter implements RemoteStore {
        private final RemoteStore inner;
        private final int n;

        StopsAfter(RemoteStore inner, int n) {
            this.inner = inner;
            this.n = n;
        }

        private void maybeStop() {
            if (inner.requests() == n) {
                try {
                    dav.stop();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        }

        @Override
        public Optional<List<RemoteEntry>> list(String folder) {
            maybeStop();
            return inner.list(folder);
        }

        @Override
        public Optional<byte[]> get(String path) {
            maybeStop();
            return inner.get(path);
        }

        @Override
        public void put(String path, byte[] bytes, RemoteEntry expected) {
            maybeStop();
            inner.put(path, bytes, expected);
        }

        @Override
        public void makeFolder(String folder) {
            maybeStop();
            inner.makeFolder(folder);
        }

        @Override
        public int requests() {
            return inner.requests();
        }
    }

}
