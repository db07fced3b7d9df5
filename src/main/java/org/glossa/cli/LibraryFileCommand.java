package org.glossa.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * A subcommand about one library file. Used directly by the commands that must work when the
 * file is damaged or cannot be opened at all (check, backups, restore); {@link LibraryCommand}
 * adds opening the library.
 */
abstract class LibraryFileCommand implements Callable<Integer> {
    @Mixin
    LibraryOption library;

    /** {@link GlossaCli}, or a {@link CommandGroup} such as {@code packet} that has its own --library. */
    @ParentCommand
    Object parent;

    @Spec
    CommandSpec spec;

    Path file() {
        return LibraryOption.resolve(library, parentLibrary(parent));
    }

    /** The --library given to the enclosing command(s), if any. */
    static LibraryOption parentLibrary(Object parent) {
        if (parent instanceof GlossaCli g) {
            return g.library;
        }
        if (parent instanceof CommandGroup g) {
            return g.library();
        }
        return null;
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
