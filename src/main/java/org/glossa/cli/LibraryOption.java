package org.glossa.cli;

import java.nio.file.Path;
import org.glossa.core.Library;
import org.glossa.core.LibraryPaths;
import picocli.CommandLine.Option;

/** {@code --library FILE}, accepted before or after the command name. */
public final class LibraryOption {
    @Option(names = {"--library", "-l"}, paramLabel = "FILE",
            description = "Library file (default: $GLOSSA_LIBRARY, else the data folder's library.sqlite).")
    Path file;

    /** The library named here, else by the parent command, else the default. */
    static Path resolve(LibraryOption own, LibraryOption parent) {
        if (own != null && own.file != null) {
            return own.file;
        }
        if (parent != null && parent.file != null) {
            return parent.file;
        }
        return LibraryPaths.system().defaultLibrary();
    }

    static Library open(LibraryOption own, LibraryOption parent) {
        return Library.open(resolve(own, parent));
    }
}
