package org.glossa.core.sync;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link DeletedDocumentRaces} on a real WebDAV server: Apache httpd with mod_dav on loopback. */
class DeletedDocumentRacesOverWebDavTest extends DeletedDocumentRaces {
    @RegisterExtension
    static final ApacheDav dav = ApacheDav.server();
    private static final java.util.concurrent.atomic.AtomicInteger COLLECTIONS = new java.util.concurrent.atomic.AtomicInteger();
    private URI url;

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
