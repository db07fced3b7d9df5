package org.glossa.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.function.Supplier;
import org.glossa.core.GlossaException;
import org.glossa.core.bench.BenchSection;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The command line: the same library calls as the window, for scripts and for people. */
@Command(name = "glossa", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Offline reader and annotation tool. Without a command, opens the window.",
        subcommands = {ImportCommand.class, ReimportCommand.class, ListCommand.class, TextCommand.class, AnnotateCommand.class,
                AnnotationsCommand.class, ExportCommand.class, ImportAnnotationsCommand.class,
                SearchCommand.class, ClaimsCommand.class, CiteCommand.class, CollectionCommand.class,
                TagsCommand.class, PacketCommand.class, OpenCommand.class, BenchCommand.class,
                CheckCommand.class, BackupsCommand.class, RestoreCommand.class, CommandLine.HelpCommand.class})
public final class GlossaCli implements Runnable {
    @Mixin
    LibraryOption library;

    @Spec
    CommandSpec spec;

    /** The window's bench sections, handed in by Main: the command line itself never touches JavaFX. */
    private final Supplier<List<BenchSection>> windowBench;

    GlossaCli(Supplier<List<BenchSection>> windowBench) {
        this.windowBench = windowBench;
    }

    List<BenchSection> windowBench() {
        return windowBench.get();
    }

    @Override
    public void run() {
        // without a subcommand Main opens the window; reaching here means only options were given
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs the command line and returns the exit code: 0 ok, 1 user error, 2 usage error. */
    public static int run(String[] args) {
        return run(args, List::of);
    }

    /** As {@link #run(String[])}, with the bench sections that need the window. */
    public static int run(String[] args, Supplier<List<BenchSection>> windowBench) {
        return run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true), windowBench);
    }

    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, out, err, List::of);
    }

    public static int run(String[] args, PrintWriter out, PrintWriter err,
                          Supplier<List<BenchSection>> windowBench) {
        CommandLine cl = new CommandLine(new GlossaCli(windowBench));
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof GlossaException) {
                commandLine.getErr().println("glossa: " + ex.getMessage());
                return 1;
            }
            throw ex;
        });
        return cl.execute(args);
    }

    /**
     * True when the arguments name no command, only global options and things the window opens
     * (.glossa bundles, glossa:// links): open the window.
     */
    public static boolean wantsWindow(String[] args) {
        return org.glossa.core.LaunchArguments.parse(List.of(args)).wantsWindow();
    }
}
