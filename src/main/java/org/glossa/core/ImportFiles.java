package org.glossa.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Expands what a user dropped or named (files and folders) into the files to import. */
final class ImportFiles {
    private ImportFiles() {
    }

    /** Files as given, folders recursively in name order; hidden files and folders are skipped. */
    static List<Path> expand(List<Path> pathsOrFolders) {
        List<Path> files = new ArrayList<>();
        for (Path p : pathsOrFolders) {
            if (!Files.isDirectory(p)) {
                files.add(p); // a missing file is reported by its import, not dropped silently
                continue;
            }
            try (Stream<Path> walk = Files.walk(p)) {
                walk.filter(Files::isRegularFile)
                        .filter(f -> !isHiddenBelow(p, f))
                        .sorted()
                        .forEach(files::add);
            } catch (IOException | UncheckedIOException e) {
                throw new GlossaException("Cannot read the folder " + p + ": " + e.getMessage(), e);
            }
        }
        return files;
    }

    private static boolean isHiddenBelow(Path root, Path file) {
        for (Path part : root.relativize(file)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
