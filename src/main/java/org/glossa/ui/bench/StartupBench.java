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
 * first frame is on screen. Children are stopped as soon as they have reported. Like for like:
 * both get the same JVM options, and each side its own class-data archive (recorded here from
 * one start of its own), then both start without one.
 */
final class StartupBench implements BenchSection {
    private static final long TIMEOUT_S = 120;
    /** Issue 15: Glossa's window starts within 1.5x the time of a trivial JavaFX window. */
    private static final double STARTUP_RATIO = 1.5;

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
            // like for like: both sides get the launcher's other JVM options, and each side its own
            // class-data archive recorded here from its own start (then both start without one)
            List<String> options = launcherOptions().stream().filter(o -> !isArchive(o)).toList();
            List<String> glossaMain = List.of("org.glossa.Main", "--library", library.toString());
            List<String> trivialMain = List.of(TrivialWindow.class.getName());
            settings.say("start-up: recording a class-data archive for each side");
            List<String> glossaArchive = archive(dir, options, glossaMain, dir.resolve("glossa.jsa"));
            List<String> trivialArchive = archive(dir, options, trivialMain, dir.resolve("trivial.jsa"));
            boolean archived = glossaArchive.size() > options.size() && trivialArchive.size() > options.size();
            double[] glossa = new double[rounds];
            double[] trivial = new double[rounds];
            double[] glossaBare = new double[rounds];
            double[] trivialBare = new double[rounds];
            for (int r = 0; r < rounds; r++) {
                settings.say("start-up: round " + (r + 1) + " of " + rounds);
                if (archived) {
                    glossa[r] = firstFrameMs(dir, glossaArchive, glossaMain);
                    trivial[r] = firstFrameMs(dir, trivialArchive, trivialMain);
                }
                glossaBare[r] = firstFrameMs(dir, options, glossaMain);
                trivialBare[r] = firstFrameMs(dir, options, trivialMain);
            }
            String baseline = "trivial JavaFX window in a child JVM, same JVM options";
            List<Figure> figures = new ArrayList<>();
            if (archived) {
                figures.add(new Figure(name(), "start-up to first frame (best)", "ms", Stats.best(glossa),
                        Stats.best(trivial), Budget.ratio(STARTUP_RATIO),
                        baseline + "; each side with its own class-data archive"));
            }
            figures.add(new Figure(name(), archived ? "start-up without class-data archive (best)"
                    : "start-up to first frame (best)", "ms", Stats.best(glossaBare), Stats.best(trivialBare),
                    archived ? Budget.NONE : Budget.ratio(STARTUP_RATIO), baseline + "; neither with a class-data archive"));
            return figures;
        } finally {
            TempFiles.deleteTree(dir);
        }
    }

    /**
     * Records a class-data archive from one start of {@code mainAndArgs} that quits after its
     * first frame (as the launcher records Glossa's); returns the options that use it, or just
     * {@code options} when it could not be made.
     */
    private static List<String> archive(Path dir, List<String> options, List<String> mainAndArgs, Path archive)
            throws Exception {
        List<String> recording = new ArrayList<>(options);
        recording.add("-XX:ArchiveClassesAtExit=" + archive);
        recording.add("-Dglossa.exitAfterFirstFrame=true");
        Process child = new ProcessBuilder(command(dir, recording, mainAndArgs))
                .redirectOutput(dir.resolve("archive.log").toFile()).redirectErrorStream(true).start();
        if (!child.waitFor(TIMEOUT_S, TimeUnit.SECONDS)) {
            child.destroyForcibly();
        }
        if (!Files.isRegularFile(archive) || Files.size(archive) == 0) {
            return options;
        }
        List<String> using = new ArrayList<>(options);
        using.add("-XX:SharedArchiveFile=" + archive);
        // an archive this Java cannot map is skipped silently, as the launcher does
        using.add("-Xlog:cds*=off");
        return using;
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
        List<String> options = new ArrayList<>(jvmOptions);
        options.add("-Dglossa.reportFirstFrame=true");
        options.add("-Dglossa.launchedAt=" + System.currentTimeMillis());
        Process child = new ProcessBuilder(command(dir, options, mainAndArgs))
                .redirectError(dir.resolve("child.log").toFile()).start();
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

    /** The child JVM's command line: this Java, {@code jvmOptions}, this class path, the display settings. */
    private static List<String> command(Path dir, List<String> jvmOptions, List<String> mainAndArgs) {
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
        command.add("-Dglossa.logDir=" + dir.resolve("log"));
        command.addAll(mainAndArgs);
        return command;
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
