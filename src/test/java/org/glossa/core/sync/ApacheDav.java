package org.glossa.core.sync;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real WebDAV server for tests ({@link LocalDavServer}: Apache httpd with mod_dav on loopback)
 * with basic authentication (users anna and ben, password "secret"), started once for a test
 * class that registers it ({@code @RegisterExtension static final ApacheDav dav = ApacheDav.server();})
 * in a folder of its own, and stopped and removed after the class. Tests that need it are
 * skipped where apache2 is not installed.
 */
final class ApacheDav implements BeforeAllCallback, AfterAllCallback {
    static final String PASSWORD = "secret";

    private final String extra;
    private Path dir;
    private LocalDavServer server;

    private ApacheDav(String extra) {
        this.extra = extra;
    }

    static ApacheDav server() {
        return new ApacheDav("");
    }

    /** A server whose config ends with {@code extra} (permission rules, say). */
    static ApacheDav server(String extra) {
        return new ApacheDav(extra);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        String missing = LocalDavServer.unavailable();
        assumeTrue(missing == null, missing);
        Map<String, String> users = new LinkedHashMap<>();
        users.put("anna", PASSWORD);
        users.put("ben", PASSWORD);
        dir = Files.createTempDirectory("glossa-dav");
        server = LocalDavServer.start(dir, users, extra);
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        try {
            if (server != null) {
                server.stop();
            }
        } finally {
            server = null;
            if (dir != null) {
                try (var files = Files.walk(dir)) {
                    files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
                }
                dir = null;
            }
        }
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
}
