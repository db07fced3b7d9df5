package org.glossa.core;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A second Java process running one of the test main classes on the test classpath: the only
 * honest way to test what a SIGKILL or an OS file lock does. Its stdout is read line by line;
 * stderr goes to a file so a crash explains itself without filling a pipe.
 */
public final class ChildJvm implements AutoCloseable {
    private final Process process;
    private final BufferedReader out;
    private final Path errors;

    private ChildJvm(Process process, Path errors) {
        this.process = process;
        this.errors = errors;
        this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    public static ChildJvm start(Class<?> main, Path errors, String... args) throws IOException {
        return start(new ArrayList<>(), main, errors, args);
    }

    /**
     * The same, but no file the child writes may grow past {@code kib} KiB (the shell's
     * {@code ulimit -f}): a write past it fails with "File too large", as on a full disk.
     */
    public static ChildJvm startWithFileSizeLimit(long kib, Class<?> main, Path errors, String... args)
            throws IOException {
        List<String> shell = new ArrayList<>(List.of("/bin/sh", "-c", "ulimit -f " + kib * 2 + " && exec \"$@\"", "sh")); // POSIX counts 512-byte blocks
        return start(shell, main, errors, args);
    }

    /** The same, with these variables added to the child's environment. */
    public static ChildJvm startWithEnvironment(java.util.Map<String, String> environment, Class<?> main, Path errors,
                                                String... args) throws IOException {
        return start(new ArrayList<>(), environment, main, errors, args);
    }

    private static ChildJvm start(List<String> command, Class<?> main, Path errors, String... args)
            throws IOException {
        return start(command, java.util.Map.of(), main, errors, args);
    }

    private static ChildJvm start(List<String> command, java.util.Map<String, String> environment, Class<?> main,
                                  Path errors, String... args) throws IOException {
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xshare:auto");
        command.add("-XX:TieredStopAtLevel=1"); // the child lives for a second: start fast
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(main.getName());
        command.addAll(List.of(args));
        ProcessBuilder b = new ProcessBuilder(command).redirectError(errors.toFile());
        b.environment().putAll(environment);
        Process p = b.start();
        return new ChildJvm(p, errors);
    }

    public long pid() {
        return process.pid();
    }

    /** The next line the child printed, or null when it ended. Blocks until there is one. */
    public String readLine() throws IOException {
        return out.readLine();
    }

    /**
     * SIGKILL (on Unix), then waits until the process is gone. Through the process handle, because
     * {@code Process.destroyForcibly} also closes our end of its stdout and loses the lines the
     * child wrote before it died.
     */
    public void kill() throws InterruptedException {
        process.toHandle().destroyForcibly();
        process.waitFor();
    }

    /** Waits until the child ends by itself; its exit code. */
    public int exitCode() throws InterruptedException {
        return process.waitFor();
    }

    /** Everything the child printed after the last read, available once it has ended. */
    public List<String> remainingLines() throws IOException {
        List<String> lines = new ArrayList<>();
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            lines.add(line);
        }
        return lines;
    }

    public String errors() throws IOException {
        return java.nio.file.Files.readString(errors);
    }

    @Override
    public void close() throws IOException {
        process.destroyForcibly();
        out.close();
    }
}
