package org.glossa.core.sync;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real WebDAV server on loopback for the tests and the bench: Apache httpd with mod_dav and
 * mod_dav_fs from Debian's apache2 package, started from a config generated in a folder of its
 * own, with basic authentication for the given users. {@code extra} is appended to the config
 * (permission rules, say).
 */
final class LocalDavServer implements AutoCloseable {
    static final Path APACHE = Path.of("/usr/sbin/apache2");
    static final Path MODULES = Path.of("/usr/lib/apache2/modules");
    static final Path HTPASSWD = Path.of("/usr/bin/htpasswd");

    private final Path dir;
    private final Path conf;
    private final int port;

    private LocalDavServer(Path dir, int port) {
        this.dir = dir;
        this.conf = dir.resolve("httpd.conf");
        this.port = port;
    }

    /** Why no server can be started here, or null when one can. */
    static String unavailable() {
        if (!Files.isExecutable(APACHE) || !Files.isDirectory(MODULES)) {
            return "Apache httpd (apt-get install apache2 apache2-utils) is not installed";
        }
        return Files.isExecutable(HTPASSWD) ? null : "htpasswd (apache2-utils) is not installed";
    }

    static LocalDavServer start(Path dir, Map<String, String> users, String extra) throws Exception {
        // the server's worker user must be able to reach and write its folders
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        for (String sub : new String[] {"dav", "lock"}) {
            Files.createDirectories(dir.resolve(sub));
            Files.setPosixFilePermissions(dir.resolve(sub), PosixFilePermissions.fromString("rwxrwxrwx"));
        }
        boolean first = true;
        for (Map.Entry<String, String> u : users.entrySet()) {
            run(HTPASSWD.toString(), first ? "-bcB" : "-bB", dir.resolve("htpasswd").toString(), u.getKey(), u.getValue());
            first = false;
        }
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        LocalDavServer dav = new LocalDavServer(dir, port);
        StringBuilder c = new StringBuilder();
        c.append("ServerRoot ").append(MODULES.getParent()).append('\n');
        c.append("ServerName 127.0.0.1\n");
        c.append("Listen 127.0.0.1:").append(port).append('\n');
        c.append("PidFile ").append(dir.resolve("httpd.pid")).append('\n');
        c.append("ErrorLog ").append(dir.resolve("error.log")).append('\n');
        for (String m : new String[] {"mpm_event", "authz_core", "authn_core", "authn_file", "authz_user",
                "auth_basic", "dav", "dav_fs"}) {
            c.append("LoadModule ").append(m).append("_module ").append(MODULES.resolve("mod_" + m + ".so")).append('\n');
        }
        c.append("DAVLockDB ").append(dir.resolve("lock/davlock")).append('\n');
        c.append("DocumentRoot ").append(dir.resolve("dav")).append('\n');
        c.append("<Directory ").append(dir.resolve("dav")).append(">\n");
        c.append("  Dav On\n  AllowOverride None\n  AuthType Basic\n  AuthName glossa\n");
        c.append("  AuthUserFile ").append(dir.resolve("htpasswd")).append('\n');
        c.append("  Require valid-user\n</Directory>\n");
        c.append(extra == null ? "" : extra);
        Files.writeString(dav.conf, c.toString());
        dav.startAgain();
        return dav;
    }

    /** Starts the server (again, after {@link #stop}) and waits until it accepts connections. */
    void startAgain() throws Exception {
        run(APACHE.toString(), "-f", conf.toString(), "-k", "start");
        Instant until = Instant.now().plus(Duration.ofSeconds(20));
        while (true) {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException e) {
                if (Instant.now().isAfter(until)) {
                    throw new IllegalStateException("apache2 did not start: " + Files.readString(dir.resolve("error.log")));
                }
                Thread.onSpinWait();
            }
        }
    }

    /** Stops the server and waits until its process is gone. */
    void stop() throws Exception {
        Path pidFile = dir.resolve("httpd.pid");
        long pid = Files.exists(pidFile) ? Long.parseLong(Files.readString(pidFile).strip()) : -1;
        run(APACHE.toString(), "-f", conf.toString(), "-k", "stop");
        if (pid > 0) {
            ProcessHandle.of(pid).ifPresent(h -> {
                try {
                    h.onExit().get(20, TimeUnit.SECONDS);
                } catch (Exception e) {
                    h.destroyForcibly();
                }
            });
        }
    }

    /** The WebDAV address of a collection under the server's root (made when missing). */
    URI collection(String name) throws IOException {
        Path p = folder(name);
        Files.createDirectories(p);
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxrwxrwx"));
        return URI.create("http://127.0.0.1:" + port + "/" + name + "/");
    }

    /** Where the server keeps a collection's files on disk. */
    Path folder(String name) {
        return dir.resolve("dav").resolve(name);
    }

    private static void run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + out);
        }
    }

    @Override
    public void close() throws Exception {
        stop();
    }
}
