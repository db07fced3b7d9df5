package org.glossa.core;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The one-writer rule: whoever writes to a library (a window, or a command that changes it) holds
 * its lock. The lock belongs to the library file itself, not to the name it was opened by: a
 * symbolic link and the file it points to share one lock, kept next to the real file.
 *
 * <p>The lock has two parts. An OS lock on {@code LIBRARY.lock} (next to the real file) lets
 * only one process at a time decide who holds the library; the holder writes its process id into
 * that file. But a POSIX record lock is dropped for the whole process as soon as anything in it
 * closes any descriptor on the file (a file dialog that sniffs the files of the library's folder
 * does), so the holder also listens on a Unix-domain socket whose name is derived from the
 * library's real path. A newcomer that gets the OS lock still asks that socket: when someone
 * answers, the library is held and the newcomer is refused; when nobody does, the socket was left
 * by a holder that died, and the newcomer replaces it. The OS frees both parts of a crashed
 * holder's lock (a socket nobody listens on refuses connections), so no stale lock ever stays.
 */
public final class LibraryLock implements AutoCloseable {
    /** How long a newcomer waits for a holder's answer (a holder that is stopped never answers). */
    private static final int ANSWER_WAIT_MS = 2000;
    /** Unix-domain socket paths are limited to about 108 bytes (sun_path), with the final NUL. */
    private static final int MAX_SOCKET_PATH_BYTES = 100;

    private final FileChannel channel;
    private final FileLock lock;
    private final ServerSocketChannel server;
    private final Path socket;

    private LibraryLock(FileChannel channel, FileLock lock, ServerSocketChannel server, Path socket) {
        this.channel = channel;
        this.lock = lock;
        this.server = server;
        this.socket = socket;
    }

    public static LibraryLock acquire(Path library) {
        try {
            Path real = realPath(library);
            Files.createDirectories(real.getParent());
            FileChannel channel = FileChannel.open(lockFile(real), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null; // this process holds it already
            }
            if (lock == null) {
                channel.close();
                throw refusal(library, real, holderOf(real));
            }
            try {
                Path socket = socketPath(real);
                Optional<OptionalLong> answer = ask(socket);
                if (answer.isPresent()) {
                    // the OS lock was dropped inside the holder's process, but the holder is alive
                    throw refusal(library, real, answer.get().isPresent() ? answer.get() : holderOf(real));
                }
                ServerSocketChannel server = listen(socket);
                channel.truncate(0);
                channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)), 0);
                channel.force(false);
                return new LibraryLock(channel, lock, server, socket);
            } catch (IOException | RuntimeException e) {
                lock.release();
                channel.close();
                throw e;
            }
        } catch (IOException e) {
            throw new GlossaException("Cannot lock the library " + library + ": " + e.getMessage(), e);
        }
    }

    private static GlossaException refusal(Path library, Path real, OptionalLong pid) {
        boolean link = !real.equals(library.toAbsolutePath().normalize());
        return new GlossaException("The library " + library + (link ? " (the file " + real + ")" : "")
                + " is open in another Glossa" + (pid.isPresent() ? " (process " + pid.getAsLong() + ")" : "")
                + "; close it there first (read-only commands such as 'glossa list' still work).");
    }

    /**
     * The process id of the lock's holder, as the holder answers it or as it wrote it into the
     * lock file. Only meaningful while {@link #acquire} fails; a file left by a crashed holder
     * names a dead process.
     */
    public static OptionalLong holder(Path library) {
        try {
            Path real = realPath(library);
            Optional<OptionalLong> answer = ask(socketPath(real));
            return answer.isPresent() && answer.get().isPresent() ? answer.get() : holderOf(real);
        } catch (IOException e) {
            return OptionalLong.empty();
        }
    }

    private static OptionalLong holderOf(Path real) {
        try {
            return pid(Files.readString(lockFile(real), StandardCharsets.US_ASCII));
        } catch (IOException e) {
            return OptionalLong.empty(); // Windows forbids reading a locked file; the message does without
        }
    }

    private static OptionalLong pid(String text) {
        String t = text.strip();
        return t.matches("\\d{1,18}") ? OptionalLong.of(Long.parseLong(t)) : OptionalLong.empty();
    }

    /**
     * The library's own path: symbolic links resolved (also a link whose target does not exist
     * yet), so every name of one file leads to the same lock.
     */
    static Path realPath(Path library) throws IOException {
        Path p = library.toAbsolutePath().normalize();
        for (int hops = 0; hops < 40 && Files.isSymbolicLink(p) && !Files.exists(p); hops++) {
            p = p.resolveSibling(Files.readSymbolicLink(p)).normalize();
        }
        if (Files.exists(p)) {
            return p.toRealPath();
        }
        Path parent = p.getParent();
        Files.createDirectories(parent);
        return parent.toRealPath().resolve(p.getFileName());
    }

    static Path lockFile(Path real) {
        return real.resolveSibling(real.getFileName() + ".lock");
    }

    /**
     * Where the holder of this library listens: the user's runtime folder ($XDG_RUNTIME_DIR), else
     * the temporary folder, under a name made from a hash of the library's real path.
     */
    static Path socketPath(Path real) {
        return socketPath(real, System.getenv(), System.getProperty("java.io.tmpdir", "/tmp"));
    }

    static Path socketPath(Path real, Map<String, String> env, String tmpdir) {
        String name = "glossa-" + hash(real.toString()) + ".lock";
        String runtime = env.get("XDG_RUNTIME_DIR");
        if (runtime != null && !runtime.isBlank() && Path.of(runtime).isAbsolute() && Files.isDirectory(Path.of(runtime))) {
            Path p = Path.of(runtime, name);
            if (fits(p)) {
                return p;
            }
        }
        Path p = Path.of(tmpdir, name);
        return fits(p) || !Files.isDirectory(Path.of("/tmp")) ? p : Path.of("/tmp", name);
    }

    private static boolean fits(Path p) {
        return p.toAbsolutePath().toString().getBytes(StandardCharsets.UTF_8).length <= MAX_SOCKET_PATH_BYTES;
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /**
     * Asks whoever listens on {@code socket}: empty when nobody does (no socket, or one left by a
     * holder that died); else the process id the holder answered with, if it answered in time.
     */
    private static Optional<OptionalLong> ask(Path socket) {
        SocketChannel ch;
        try {
            ch = SocketChannel.open(StandardProtocolFamily.UNIX);
        } catch (IOException | UnsupportedOperationException e) {
            return Optional.empty();
        }
        try (ch) {
            try {
                ch.connect(UnixDomainSocketAddress.of(socket));
            } catch (IOException e) {
                return Optional.empty();
            }
            return Optional.of(readAnswer(ch));
        } catch (IOException e) {
            return Optional.of(OptionalLong.empty()); // connected, so someone holds it
        }
    }

    private static OptionalLong readAnswer(SocketChannel ch) throws IOException {
        ch.configureBlocking(false);
        ByteBuffer buf = ByteBuffer.allocate(32);
        long deadline = System.nanoTime() + ANSWER_WAIT_MS * 1_000_000L;
        try (Selector selector = Selector.open()) {
            ch.register(selector, SelectionKey.OP_READ);
            while (buf.hasRemaining()) {
                long left = (deadline - System.nanoTime()) / 1_000_000L;
                if (left <= 0 || selector.select(left) == 0 && System.nanoTime() >= deadline) {
                    break;
                }
                selector.selectedKeys().clear();
                if (ch.read(buf) < 0) {
                    break;
                }
                if (new String(buf.array(), 0, buf.position(), StandardCharsets.US_ASCII).indexOf('\n') >= 0) {
                    break;
                }
            }
        }
        return pid(new String(buf.array(), 0, buf.position(), StandardCharsets.US_ASCII));
    }

    /** Binds the socket (replacing one a dead holder left) and answers every caller with our process id. */
    private static ServerSocketChannel listen(Path socket) throws IOException {
        Files.createDirectories(socket.getParent());
        Files.deleteIfExists(socket);
        ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        try {
            server.bind(UnixDomainSocketAddress.of(socket));
        } catch (IOException e) {
            server.close();
            throw e;
        }
        byte[] answer = (ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII);
        Thread answering = new Thread(() -> answer(server, answer), "glossa-library-lock");
        answering.setDaemon(true);
        answering.start();
        return server;
    }

    private static void answer(ServerSocketChannel server, byte[] answer) {
        while (server.isOpen()) {
            try (SocketChannel caller = server.accept()) {
                caller.write(ByteBuffer.wrap(answer));
            } catch (ClosedChannelException e) {
                return; // the lock was released
            } catch (IOException e) {
                // a caller that hung up early: keep answering the others
            }
        }
    }

    @Override
    public void close() {
        try {
            Files.deleteIfExists(socket);
        } catch (IOException ignored) {
            // a socket nobody listens on counts as free
        }
        try {
            server.close();
        } catch (IOException ignored) {
            // closing it is all that matters, and the OS does that with the process anyway
        }
        try {
            lock.release();
            channel.close();
        } catch (IOException ignored) {
            // the OS drops the lock with the process anyway
        }
    }
}
