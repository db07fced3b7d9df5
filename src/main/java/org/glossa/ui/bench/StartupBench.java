package org.glossa.ui.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.glossa.core.Library;
import org.glossa.core.bench.BenchSection;
import org.glossa.core.bench.BenchSettings;
import org.glossa.core.bench.Budget;
import org.glossa.core.bench.Figure;
import org.glossa.core.bench.Stats;
import org.glossa.core.bench.TempFiles;
import org.glossa.ui.Displays;
import org.glossa.ui.StartupReport;

/**
 * Start-up to the first painted frame: a child JVM starts Glossa's window on a scratch library,
 * another one a trivial JavaFX window; each is stamped with its launch time and prints when its
 * first frame is on screen. Children are stopped as soon as they have reported.
 */
final class StartupBench implements BenchSection {
    private static final long TIMEOUT_S = 120;

    @Override
    public String name() {
        return "start-up";
    }

    @Override
    public List<Figure> run(BenchSettings settings) throws Exception {
        Displays.useHeadlessIfNone();
        Path dir = Files.createTempDirectory("glossa-bench-startup");
        try {
            Path library = dir.resolve("startup.sqlite");
            // created beforehand, so the figure is an ordinary start, not the first one ever
            Library.open(library).close();
            int rounds = settings.reps(3, 1);
            List<String> options = launcherOptions();
            List<String> withoutArchive = options.stream().filter(o -> !isArchive(o)).toList();
            boolean archived = withoutArchive.size() < options.size();
            List<String> glossaMain = List.of("org.glossa.Main", "--library", library.toString());
            double[] glossa = new double[rounds];
            double[] trivial = new double[rounds];
            double[] unarchived = new double[archived ? rounds : 0];
            for (int r = 0; r < rounds; r++) {
                settings.say("start-up: round " + (r + 1) + " of " + rounds);
                glossa[r] = firstFrameMs(dir, options, glossaMain);
                trivial[r] = firstFrameMs(dir, withoutArchive, List.of(TrivialWindow.class.getName()));
                if (archived) {
                    unarchived[r] = firstFrameMs(dir, withoutArchive, glossaMain);
                }
            }
            String baseline = "trivial JavaFX window in a child JVM";
            List<Figure> figures = new ArrayList<>();
            figures.add(new Figure(name(), "start-up to first frame (best)", "ms", Stats.best(glossa),
                    Stats.best(trivial), Budget.ratio(Budget.READING_RATIO), !archived ? baseline
                    : baseline + "; Glossa with the launcher's class-data archive, the window without"));
            if (archived) {
                // the same start without the archive, for comparison
                figures.add(new Figure(name(), "start-up without class-data archive (best)", "ms",
                        Stats.best(unarchived), Stats.best(trivial), Budget.NONE, baseline));
            }
            return figures;
        } finally {
            TempFiles.deleteTree(dir);
        }
    }

    /**
     * The JVM options this JVM was started with ({@code -XX:} and {@code -Xlog:}): run as
     * {@code ./glossa bench}, the launcher's, so the child starts as a user's Glossa does.
     */
    private static List<String> launcherOptions() {
        return ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("-XX:") || a.startsWith("-Xlog:")).toList();
    }

    /** The launcher's class-data archive, recorded from Glossa's own start (see the script). */
    private static boolean isArchive(String option) {
        return option.startsWith("-XX:SharedArchiveFile=") || option.startsWith("-Xlog:cds");
    }

    private static double firstFrameMs(Path dir, List<String> jvmOptions, List<String> mainAndArgs)
            throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(absoluteClassPath());
        for (String key : List.of("glass.platform", "monocle.platform", "prism.order", "java.awt.headless",
                "headless.geometry", "javafx.cachedir")) {
            String value = System.getProperty(key);
            if (value != null && (Displays.headless() || key.equals("javafx.cachedir"))) {
                command.add("-D" + key + "=" + value);
            }
        }
        command.add("-Dglossa.configDir=" + dir.resolve("config"));
        command.add("-Dglossa.reportFirstFrame=true");
        command.add("-Dglossa.launchedAt=" + System.currentTimeMillis());
        command.addAll(mainAndArgs);
        Process child = new ProcessBuilder(command).redirectError(dir.resolve("child.log").toFile()).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_S);
            String line;
            while (System.nanoTime() < deadline && (line = out.readLine()) != null) {
                if (line.startsWith(StartupReport.LINE_PREFIX)) {
                    return Double.parseDouble(line.substring(StartupReport.LINE_PREFIX.length()).strip());
                }
            }
            throw new IllegalStateException("the child window reported no first frame; see its log: "
                    + Files.readString(dir.resolve("child.log")).lines().limit(5).toList());
        } finally {
            child.destroy();
            if (!child.waitFor(10, TimeUnit.SECONDS)) {
                child.destroyForcibly();
            }
        }
    }

    /** This JVM's class path with absolute entries, so the child finds the same classes. */
    private static String absoluteClassPath() {
        List<String> entries = new ArrayList<>();
        for (String e : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!e.isBlank()) {
                entries.add(Path.of(e).toAbsolutePath().toString());
            }
        }
        return String.join(File.pathSeparator, entries);
    }
}
