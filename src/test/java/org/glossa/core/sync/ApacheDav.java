package org.glossa.core.sync;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A real WebDAV server for tests ({@link LocalDavServer}: Apache httpd with mod_dav on loopback)
 * with basic authentication (users anna and ben, password "secret"). Tests that need it are
 * skipped where apache2 is not installed.
 */
final class ApacheDav implements AutoCloseable {
    static final String PASSWORD = "secret";

    private final LocalDavServer server;

    private ApacheDav(LocalDavServer server) {
        this.server = server;
    }

    static ApacheDav start(Path dir) throws Exception {
        return start(dir, "");
    }

    /** A server whose config ends with {@code extra} (permission rules, say). */
    static ApacheDav start(Path dir, String extra) throws Exception {
        String missing = LocalDavServer.unavailable();
        assumeTrue(missing == null, missing);
        Map<String, String> users = new LinkedHashMap<>();
        users.put("anna", PASSWORD);
        users.put("ben", PASSWORD);
        return new ApacheDav(LocalDavServer.start(dir, users, extra));
    }

    /** Starts the server again after {@link #stop}. */
    void startAgain() throws Exception {
        server.startAgain();
    }

    void stop() throws Exception {
        server.stop();
    }

    URI collection(String name) throws IOException {
        return server.collection(name);
    }

    Path folder(String name) {
        return server.folder(name);
    }

    @Override
    public void close() throws Exception {
        stop();
    }
}
