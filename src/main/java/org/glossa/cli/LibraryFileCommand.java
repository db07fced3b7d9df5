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

    @ParentCommand
    GlossaCli parent;

    @Spec
    CommandSpec spec;

    Path file() {
        return LibraryOption.resolve(library, parent == null ? null : parent.library);
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
