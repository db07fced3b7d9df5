package org.glossa.cli;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * A command that only groups subcommands ({@code memo}, {@code packet}): without one it prints its
 * usage, and it takes its own --library, which its subcommands use before the one given to glossa.
 */
abstract class CommandGroup implements Runnable {
    @Mixin
    LibraryOption library;

    @ParentCommand
    GlossaCli parent;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** This group's --library, else the one given before the group. */
    LibraryOption library() {
        return library != null && library.file != null ? library : parent == null ? null : parent.library;
    }
}
