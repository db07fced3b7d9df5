package org.glossa.core.sync;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** {@link DeletedDocumentRaces} on a real WebDAV server: Apache httpd with mod_dav on loopback. */
class DeletedDocumentRacesOverWebDavTest extends DeletedDocumentRaces {
    @TempDir
    static Path server;
    private static ApacheDav dav;
    private static final java.util.concurrent.atomic.AtomicInteger COLLECTIONS = new java.util.concurrent.atomic.AtomicInteger();
    private URI url;

    @BeforeAll
    static void startServer() throws Exception {
        dav = ApacheDav.start(server);
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (dav != null) {
            dav.close();
        }
    }

    @Override
    SyncReport sync(Device d) {
        if (url == null) {
            try {
                url = dav.collection("races-" + COLLECTIONS.incrementAndGet()); // one collection per scenario
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        SyncRemote r = d.library.sync().remotes().isEmpty() ? d.remote("home", url.toString(), "anna", "GLOSSA_TEST_DAV")
                : d.library.sync().remote("home");
        return d.sync(r, new WebDavStore(url, "anna", ApacheDav.PASSWORD));
    }
}
