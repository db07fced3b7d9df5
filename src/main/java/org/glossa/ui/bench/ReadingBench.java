package org.glossa.ui.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.glossa.core.Library;
import org.glossa.core.bench.BenchSection;
import org.glossa.core.bench.BenchSettings;
import org.glossa.core.bench.Budget;
import org.glossa.core.bench.Figure;
import org.glossa.core.bench.GeneratedBook;
import org.glossa.core.bench.Stats;
import org.glossa.core.bench.TempFiles;
import org.glossa.ui.Background;
import org.glossa.ui.LibraryWriter;

/**
 * The reading figures of DESIGN.md on a generated 3 MB book with 10,000 highlights in a
 * 1200x900 window: open to a painted page, add a highlight, page down, heap held. Glossa's reader
 * and the bare control take turns on the same data in the same window.
 */
final class ReadingBench implements BenchSection {
    private static final String BARE = "bare StyleClassedTextArea, same text and 10,000 spans";
    /** Issue 15: the whole window's highlight (key, sidebar row, commit) within 1.5x of the bare area. */
    private static final double WINDOW_HIGHLIGHT_RATIO = 1.5;

    @Override
    public String name() {
        return "reading";
    }

    @Override
    public List<Figure> run(BenchSettings settings) throws Exception {
        Fx.start();
        settings.say("reading: generating a 3 MB book with 10,000 highlights");
        GeneratedBook book = GeneratedBook.generate();
        Path dir = Files.createTempDirectory("glossa-bench-reading");
        Stage[] stage = new Stage[1];
        try (Library library = Library.open(dir.resolve("reading.sqlite"));
             Background background = new LibraryWriter(e -> System.err.println("bench: saving failed: " + e))) {
            long id = library.importDocument(book.document()).id();
            library.bulkImport().annotations(book.annotations(id));
            StackPane root = new StackPane();
            Scene scene = Fx.call(() -> {
                Scene s = new Scene(root, 1200, 900);
                s.getStylesheets().add(ReadingBench.class.getResource("/css/glossa.css").toExternalForm());
                stage[0] = new Stage();
                stage[0].setTitle("Glossa bench");
                stage[0].setScene(s);
                stage[0].show();
                return s;
            });
            ReadingRun run = new ReadingRun(scene, root);
            // a short second document: the window opens the book from the library list after it
            long other = library.importBytes("Library list, the other row.\n\nA few words.\n"
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8), "short-note.txt").id();
            ReadingSubject glossa = new GlossaSubject(library, id, other, background);
            ReadingSubject bare = new BareSubject(book.document().content().text(), book.highlights());
            try (WindowRun window = new WindowRun(library, background, id, other)) {
                window.start(dir.resolve("config"));
                return figures(run, window, glossa, bare, settings);
            }
        } finally {
            if (stage[0] != null) {
                Fx.run(stage[0]::close);
            }
            TempFiles.deleteTree(dir);
        }
    }

    private List<Figure> figures(ReadingRun run, WindowRun window, ReadingSubject glossa, ReadingSubject bare,
                                 BenchSettings settings) throws Exception {
        int rounds = settings.reps(5, 1);
        double[][] open = new double[2][rounds];
        ReadingSubject[] subjects = {glossa, bare};
        for (int r = 0; r < rounds; r++) {
            settings.say("reading: open, round " + (r + 1) + " of " + rounds);
            for (int s = 0; s < 2; s++) {
                // alternate, so that a busy moment of the machine hits both sides
                open[s][r] = run.open(subjects[s]);
            }
        }
        int bursts = settings.reps(10, 2);
        int steps = settings.reps(20, 5);
        int adds = settings.reps(50, 6);
        settings.say("reading: the window, open from the library list");
        double[] windowOpen = window.opens(rounds);
        double[] windowScroll = new double[0];
        double[] windowAdd = new double[0];
        double[] heap = new double[2];
        double[][] scroll = {new double[0], new double[0]};
        double[][] add = {new double[0], new double[0]};
        // two halves, Glossa then bare in each (ABAB), so that a slow spell of the machine is shared
        for (int half = 0; half < 2; half++) {
            for (int s = 0; s < 2; s++) {
                settings.say("reading: heap, scrolling and highlighting, " + (s == 0 ? "Glossa" : "bare")
                        + ", half " + (half + 1) + " of 2");
                for (ReadingSubject each : subjects) {
                    Fx.run(each::release);
                }
                if (half == 0) {
                    heap[s] = run.heapWithOpen(subjects[s]);
                } else {
                    run.open(subjects[s]);
                }
                scroll[s] = concat(scroll[s], run.pageDowns(subjects[s], half * bursts / 2,
                        (half + 1) * bursts / 2, bursts, steps));
                add[s] = concat(add[s], run.highlights(subjects[s], half * adds / 2, (half + 1) * adds / 2));
            }
            // the whole window, on the same data, in each half too: a slow spell hits all three
            settings.say("reading: the window, page down and typed highlights, half " + (half + 1) + " of 2");
            windowScroll = concat(windowScroll, window.pageDowns(half * bursts / 2, (half + 1) * bursts / 2,
                    bursts, steps));
            windowAdd = concat(windowAdd, window.highlights(half * adds / 2, (half + 1) * adds / 2));
        }
        double frame = Budget.FRAME_MS;
        double ratio = Budget.READING_RATIO;
        List<Figure> out = new ArrayList<>();
        out.add(figure("open book, first frame (best)", "ms", Stats.best(open[0]), Stats.best(open[1]),
                Budget.both(1000, ratio)));
        out.add(figure("add highlight, painted p50", "ms", Stats.p50(add[0]), Stats.p50(add[1]),
                Budget.both(16, ratio)));
        out.add(figure("page down, painted p50", "ms", Stats.p50(scroll[0]), Stats.p50(scroll[1]),
                Budget.both(frame, ratio)));
        out.add(figure("page down, painted p95", "ms", Stats.p95(scroll[0]), Stats.p95(scroll[1]),
                Budget.both(frame, ratio)));
        out.add(figure("heap with the book open", "MB", heap[0], heap[1], Budget.ratio(ratio)));
        out.add(figure("window: open from the library list, first frame (best)", "ms", Stats.best(windowOpen),
                Stats.best(open[1]), Budget.both(1000, ratio)));
        out.add(figure("window: select and type 2, painted and saved p50", "ms", Stats.p50(windowAdd),
                Stats.p50(add[1]), Budget.ratio(WINDOW_HIGHLIGHT_RATIO)));
        out.add(figure("window: Page Down key, painted p50", "ms", Stats.p50(windowScroll), Stats.p50(scroll[1]),
                Budget.ratio(ratio)));
        out.add(figure("window: Page Down key, painted p95", "ms", Stats.p95(windowScroll), Stats.p95(scroll[1]),
                Budget.ratio(ratio)));
        return out;
    }

    private static double[] concat(double[] a, double[] b) {
        return java.util.stream.DoubleStream.concat(java.util.Arrays.stream(a), java.util.Arrays.stream(b)).toArray();
    }

    private Figure figure(String name, String unit, double glossa, double bare, Budget budget) {
        return new Figure(name(), name, unit, glossa, bare, budget, BARE);
    }
}
