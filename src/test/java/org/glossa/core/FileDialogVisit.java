package org.glossa.core;

import java.io.FileInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What a desktop file dialog does in the process that shows it when the user navigates to a
 * folder: it lists the folder and opens each file to sniff its type (its first bytes), then closes
 * it again. Closing any descriptor on a file drops every POSIX record lock the process holds on
 * that file, which is why a lock that is only an {@code fcntl} lock does not survive a dialog.
 */
public final class FileDialogVisit {
    private FileDialogVisit() {
    }

    /** Sniffs every regular file in {@code folder}; returns the names it opened. */
    public static List<String> visit(Path folder) throws IOException {
        List<Path> files;
        try (var listing = Files.list(folder)) {
            files = listing.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path f : files) {
            try (FileInputStream in = new FileInputStream(f.toFile())) {
                in.readNBytes(4096);
            }
        }
        return files.stream().map(f -> f.getFileName().toString()).toList();
    }
}
