package org.glossa.core.sync;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A plain folder as a remote (kept in step with other machines by Syncthing, Dropbox or a network
 * drive). A file's version is its size and modification time; writes go to a hidden temporary
 * file in the same folder, are flushed to disk and then renamed over the old one, so a reader or
 * a crash never sees half a file. The check before the rename is not atomic as a server's If-Match
 * is, which is acceptable here: only one author writes a given file.
 */
public final class FolderStore implements RemoteStore {
    private static final String TEMP_PREFIX = ".glossa-";
    private final Path root;
    private final AtomicInteger requests = new AtomicInteger();

    public FolderStore(Path root) {
        this.root = root;
    }

    @Override
    public Optional<List<RemoteEntry>> list(String folder) {
        requests.incrementAndGet();
        Path dir = resolve(folder);
        if (!Files.isDirectory(dir)) {
            if (Files.isDirectory(root)) {
                return Optional.empty();
            }
            throw unreachable(null);
        }
        List<RemoteEntry> out = new ArrayList<>();
        try (Stream<Path> children = Files.list(dir)) {
            out.add(entry(folder, dir));
            for (Path p : (Iterable<Path>) children::iterator) {
                String name = p.getFileName().toString();
                if (name.startsWith(".")) {
                    continue; // temporary files of an unfinished write, and the folder's own hidden files
                }
                boolean isDir = Files.isDirectory(p);
                out.add(entry(folder + name + (isDir ? "/" : ""), p));
            }
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw unreachable(e);
        }
        return Optional.of(out);
    }

    private static RemoteEntry entry(String path, Path p) throws IOException {
        BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
        String version = (a.isDirectory() ? "d" : a.size()) + "-" + a.lastModifiedTime().to(TimeUnit.NANOSECONDS);
        return new RemoteEntry(path, a.isDirectory(), version, false, a.lastModifiedTime().toString());
    }

    @Override
    public Optional<byte[]> get(String path) {
        requests.incrementAndGet();
        try {
            return Optional.of(Files.readAllBytes(resolve(path)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw unreachable(e);
        }
    }

    @Override
    public void put(String path, byte[] bytes, RemoteEntry expected) {
        requests.incrementAndGet();
        Path target = resolve(path);
        Path temp = target.resolveSibling(TEMP_PREFIX + UUID.randomUUID() + ".tmp");
        try {
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                ByteBuffer buf = ByteBuffer.wrap(bytes);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                ch.force(true);
            }
            if (!matches(target, expected)) {
                throw new RemoteException.Changed(path);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (NoSuchFileException e) {
            throw new RemoteException("The folder for " + path + " is missing in " + root + "; sync again.", e);
        } catch (IOException e) {
            throw unreachable(e);
        } finally {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // a stray hidden temporary file is skipped by every listing
            }
        }
    }

    private static boolean matches(Path target, RemoteEntry expected) throws IOException {
        if (!Files.exists(target)) {
            return expected == null;
        }
        return expected != null && entry(expected.path(), target).version().equals(expected.version());
    }

    @Override
    public void makeFolder(String folder) {
        requests.incrementAndGet();
        try {
            Files.createDirectories(resolve(folder));
        } catch (IOException e) {
            throw unreachable(e);
        }
    }

    @Override
    public int requests() {
        return requests.get();
    }

    private Path resolve(String path) {
        Path p = root.resolve(path.startsWith("/") ? path.substring(1) : path).normalize();
        if (!p.startsWith(root.normalize())) {
            throw new IllegalArgumentException("a remote path outside the remote: " + path);
        }
        return p;
    }

    private RemoteException unreachable(IOException e) {
        return new RemoteException("The sync folder " + root + " cannot be used" + (e == null ? " (it is missing)"
                : ": " + e.getMessage()) + ". Check that it exists and is writable.", e);
    }
}
