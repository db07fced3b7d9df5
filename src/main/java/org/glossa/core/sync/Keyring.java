package org.glossa.core.sync;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The desktop's keyring through {@code secret-tool} (libsecret: GNOME Keyring, KWallet's Secret
 * Service), where it is installed; elsewhere nothing is kept and the window asks again next time.
 */
public final class Keyring {
    private final Path tool;

    private Keyring(Path tool) {
        this.tool = tool;
    }

    /** The keyring when {@code secret-tool} is on the PATH, else empty. */
    public static Optional<Keyring> find() {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            Path p = Path.of(dir, "secret-tool");
            if (Files.isExecutable(p)) {
                return Optional.of(new Keyring(p));
            }
        }
        return Optional.empty();
    }

    public Optional<String> lookup(SyncRemote remote) {
        List<String> cmd = command("lookup", remote);
        String out = run(cmd, null);
        return out == null || out.isEmpty() ? Optional.empty() : Optional.of(out);
    }

    /** Keeps the password; false when the keyring refused (locked, no Secret Service running). */
    public boolean store(SyncRemote remote, String password) {
        List<String> cmd = command("store", remote);
        cmd.add(2, "--label=Glossa sync: " + remote.name());
        return run(cmd, password) != null;
    }

    private List<String> command(String action, SyncRemote remote) {
        return new ArrayList<>(List.of(tool.toString(), action, "application", "glossa", "remote", remote.url(),
                "user", remote.user() == null ? "" : remote.user()));
    }

    /** Runs secret-tool; its output without the line end, or null when it failed. */
    private static String run(List<String> cmd, String input) {
        try {
            // the password goes to stdin, never on the command line
            Process p = new ProcessBuilder(cmd).redirectErrorStream(false).start();
            if (input != null) {
                p.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
            }
            p.getOutputStream().close();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroyForcibly();
                return null;
            }
            String s = new String(out, StandardCharsets.UTF_8);
            return s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
