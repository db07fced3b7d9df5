package org.glossa.core.export;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The one way Glossa writes a file the user named (every export, bundle and CSV): the content
 * goes to a hidden file in the same folder, is forced to the disk, and only then is moved over
 * the target in one step. A full disk, a failed render or a crash midway leaves the earlier file
 * exactly as it was and no half file behind.
 */
public final class AtomicFile {
    private static final String TEMP_PREFIX = ".glossa-export-";
    private static final String TEMP_SUFFIX = ".tmp";

    /** What writes the content. It may close the stream it is given; that only flushes it. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFile() {
    }

    /** Writes {@code text} as UTF-8 (no byte-order mark). */
    public static void writeString(Path target, String text) throws IOException {
        write(target, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    public static void write(Path target, Content content) throws IOException {
        Path file = target.toAbsolutePath();
        if (Files.isSymbolicLink(file)) {
            file = file.toRealPath(); // write where the link points, as any editor would, and keep the link
        }
        Path dir = file.getParent();
        Files.createDirectories(dir);
        if (Files.isDirectory(file)) {
            throw new IOException(target + " is a folder");
        }
        Path tmp;
        FileChannel channel;
        while (true) {
            tmp = dir.resolve(TEMP_PREFIX + Long.toHexString(ThreadLocalRandom.current().nextLong()) + TEMP_SUFFIX);
            try {
                // same default permissions as any new file the user makes
                channel = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                break;
            } catch (FileAlreadyExistsException taken) {
                // another export drew the same name: draw again
            }
        }
        boolean moved = false;
        try {
            try (FileChannel open = channel) {
                OutputStream buffered = new BufferedOutputStream(Channels.newOutputStream(open), 1 << 16);
                content.writeTo(new FilterOutputStream(buffered) {
                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        out.write(b, off, len);
                    }

                    @Override
                    public void close() throws IOException {
                        flush();
                    }
                });
                buffered.flush();
                open.force(true);
            }
            keepPermissions(file, tmp);
            move(tmp, file);
            moved = true;
            forceFolder(dir);
        } finally {
            if (!moved) {
                Files.deleteIfExists(tmp);
            }
        }
    }

    /** A file written again keeps who may read it. */
    private static void keepPermissions(Path target, Path tmp) throws IOException {
        PosixFileAttributeView from = Files.getFileAttributeView(target, PosixFileAttributeView.class);
        if (from != null && Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
            Files.setPosixFilePermissions(tmp, from.readAttributes().permissions());
        }
    }

    private static void move(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Makes the rename itself durable where the system allows a folder to be synced (Linux does). */
    private static void forceFolder(Path dir) {
        try (FileChannel folder = FileChannel.open(dir, StandardOpenOption.READ)) {
            folder.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // the file is in place; only its durability across a power cut is left to the system
        }
    }
}
