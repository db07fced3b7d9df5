package org.glossa.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.glossa.core.bench.BenchSection;
import org.glossa.core.bench.BenchSettings;
import org.glossa.core.bench.CoreBench;
import org.glossa.core.bench.Figure;
import org.glossa.core.search.SearchBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Measures every performance budget of DESIGN.md on generated data in scratch libraries (the
 * user's library is never touched), each figure beside a baseline from the same run.
 */
@Command(name = "bench", description = "Measure Glossa's performance budgets against bare baselines.")
final class BenchCommand implements Callable<Integer> {
    @Option(names = "--json", description = "Print JSON: [{section, figure, unit, glossa, baseline, ratio, budget, ok}].")
    boolean json;

    @Option(names = "--quick", description = "Few repetitions: a smoke run, not a measurement.")
    boolean quick;

    @Option(names = "--section", split = ",", paramLabel = "NAME",
            description = "Run only these sections (import, annotate, search, reading, library, start-up).")
    List<String> only;

    @ParentCommand
    GlossaCli parent;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        long started = System.nanoTime();
        BenchSettings settings = new BenchSettings(quick, line -> err.printf(java.util.Locale.ROOT,
                "bench [%.1f s]: %s%n", (System.nanoTime() - started) / 1e9, line));
        List<BenchSection> sections = new ArrayList<>(CoreBench.sections());
        sections.add(new SearchBench());
        sections.add(new org.glossa.core.sync.SyncBench());
        sections.addAll(parent.windowBench());
        if (only != null) {
            List<String> names = sections.stream().map(BenchSection::name).toList();
            for (String name : only) {
                if (!names.contains(name)) {
                    err.println("glossa: bench has no section " + name + "; its sections: " + String.join(", ", names));
                    return 2;
                }
            }
            sections.removeIf(s -> !only.contains(s.name()));
        }
        List<Figure> figures = new ArrayList<>();
        boolean failed = false;
        for (BenchSection section : sections) {
            try {
                figures.addAll(section.run(settings));
            } catch (Exception | LinkageError e) {
                // one broken section (say, no display for the window) must not hide the others' figures
                err.println("glossa: the " + section.name() + " benchmark failed: " + e);
                failed = true;
            }
        }
        if (json) {
            out.println(LibraryCommand.JSON.writeValueAsString(BenchReport.rows(figures)));
        } else {
            out.print(BenchReport.table(figures));
            out.flush();
        }
        return failed ? 1 : 0;
    }
}
