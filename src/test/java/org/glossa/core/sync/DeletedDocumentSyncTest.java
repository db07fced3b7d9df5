package org.glossa.core.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.glossa.model.Annotation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A document deleted on one device: the author's other devices drop it too (their layer on it
 * becomes tombstones marked as a deleted document), but nobody else's work on it is touched, and
 * the shared document file stays on the remote for them.
 */
class DeletedDocumentSyncTest {
    private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");

    @TempDir
    Path dir;
    private Path folder;
    private Device laptop;
    private Device tablet;
    private Device ben;

    @BeforeEach
    void open() throws Exception {
        folder = Files.createDirectories(dir.resolve("shared"));
        laptop = new Device(dir.resolve("laptop.sqlite"), "Anna", T0);
        tablet = new Device(dir.resolve("tablet.sqlite"), "Anna", T0);
        ben = new Device(dir.resolve("ben.sqlite"), "Ben", T0);
    }

    @AfterEach
    void close() {
        laptop.close();
        tablet.close();
        ben.close();
    }

    private SyncReport sync(Device d) {
        SyncRemote r = d.library.sync().remotes().isEmpty() ? d.remote("home", folder.toString(), null, null)
                : d.library.sync().remote("home");
        return d.sync(r, new FolderStore(folder));
    }

    private static boolean has(Device d, String title) {
        return d.library.documents().stream().anyMatch(x -> x.title().equals(title));
    }

    @Test
    void aDocumentDeletedOnOneDeviceIsDroppedOnTheAuthorsOtherDevices() throws Exception {
        long second = laptop.importSecond();
        Annotation a = laptop.highlight(second, "agreed on nothing", "Typical.");
        sync(laptop);
        sync(tablet);
        assertThat(tablet.library.findAnnotation(a.id())).isPresent();

        laptop.library.deleteDocument(second);
        assertThat(sync(laptop).pushed()).isEqualTo(1);
        sync(tablet);
        assertThat(has(tablet, "Second reading")).isFalse();
        assertThat(tablet.library.findAnnotation(a.id())).isEmpty();
        // the document's file stays on the remote: documents are shared
        assertThat(Files.list(folder.resolve("documents")).count()).isEqualTo(2);
        // and once settled, nothing moves again
        assertThat(sync(laptop).pushed()).isZero();
        assertThat(sync(tablet).pulled()).isZero();
    }

    @Test
    void aDocumentDeletedByOneAuthorStaysWithAnotherAuthorsWorkOnIt() throws Exception {
        long second = laptop.importSecond();
        Annotation a = laptop.highlight(second, "agreed on nothing", "Typical.");
        sync(laptop);
        sync(tablet);
        sync(ben);
        Annotation b = ben.highlight(ben.documentTitled("Second reading"), "committee", "Who?");
        sync(ben);

        laptop.library.deleteDocument(second);
        sync(laptop);
        sync(tablet);
        sync(ben);
        // Ben's work keeps the document on Ben's library and on Anna's other device; Anna's highlight is gone
        assertThat(has(ben, "Second reading")).isTrue();
        assertThat(ben.library.findAnnotation(b.id())).isPresent();
        assertThat(ben.library.findAnnotation(a.id())).isEmpty();
        assertThat(has(tablet, "Second reading")).isTrue();
        assertThat(tablet.library.findAnnotation(b.id())).isPresent();
        assertThat(tablet.library.findAnnotation(a.id())).isEmpty();
        assertThat(laptop.library.findAnnotation(b.id())).isEmpty();
    }
}
