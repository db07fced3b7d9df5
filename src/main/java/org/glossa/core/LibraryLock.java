package org.glossa.core;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.OptionalLong;

/**
 * The one-writer rule: whoever writes to a library (a window, or a command that changes it) holds
 * an OS lock on {@code LIBRARY.lock}. The OS releases it when the process dies, so a crash never
 * leaves a stale lock behind; the file itself may stay and means nothing without the lock. The
 * holder writes its process id into the file so that a refused second writer can name it.
 */
public final class LibraryLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private LibraryLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    public static LibraryLock acquire(Path library) {
        Path file = lockFile(library);
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null; // this process holds it already
            }
            if (lock == null) {
                channel.close();
                OptionalLong pid = holder(library);
                throw new GlossaException("The library " + library + " is open in another Glossa"
                        + (pid.isPresent() ? " (process " + pid.getAsLong() + ")" : "")
                        + "; close it there first (read-only commands such as 'glossa list' still work).");
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)), 0);
            channel.force(false);
            return new LibraryLock(channel, lock);
        } catch (IOException e) {
            throw new GlossaException("Cannot lock the library " + library + ": " + e.getMessage(), e);
        }
    }

    /**
     * The process id written by the lock's holder, if the file names one. Only meaningful while
     * {@link #acquire} fails; a file left by a crashed holder names a dead process.
     */
    public static OptionalLong holder(Path library) {
        try {
            String text = Files.readString(lockFile(library), StandardCharsets.US_ASCII).strip();
            return text.matches("\\d{1,18}") ? OptionalLong.of(Long.parseLong(text)) : OptionalLong.empty();
        } catch (IOException e) {
            return OptionalLong.empty(); // Windows forbids reading a locked file; the message does without
        }
    }

    static Path lockFile(Path library) {
        return library.resolveSibling(library.getFileName() + ".lock");
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException ignored) {
            // the OS drops the lock with the process anyway
        }
    }
}
