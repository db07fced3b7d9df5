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

/**
 * The reading figures of DESIGN.md on a generated 3 MB book with 10,000 highlights in a
 * 1200x900 window: open to a painted page, add a highlight, page down, heap held. Glossa's reader
 * and the bare control take turns on the same data in the same window.
 */
final class ReadingBench implements BenchSection {
    private static final String BARE = "bare StyleClassedTextArea, same text and 10,000 spans";

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
             Background background = new Background(e -> System.err.println("bench: saving failed: " + e))) {
            long id = library.importDocument(book.document()).id();
            library.importAnnotations(book.annotations(id));
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
            ReadingSubject glossa = new GlossaSubject(library, id, background);
            ReadingSubject bare = new BareSubject(book.document().content().text(), book.highlights());
            return figures(run, glossa, bare, settings);
        } finally {
            if (stage[0] != null) {
                Fx.run(stage[0]::close);
            }
            TempFiles.deleteTree(dir);
        }
    }

    private List<Figure> figures(ReadingRun run, ReadingSubject glossa, ReadingSubject bare, BenchSettings settings)
            throws Exception {
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
        double[] heap = new double[2];
        double[][] scroll = new double[2][];
        double[][] add = new double[2][];
        for (int s = 0; s < 2; s++) {
            String who = s == 0 ? "Glossa" : "bare";
            settings.say("reading: heap, scrolling and highlighting, " + who);
            for (ReadingSubject each : subjects) {
                Fx.run(each::release);
            }
            heap[s] = run.heapWithOpen(subjects[s]);
            scroll[s] = run.pageDowns(subjects[s], settings.reps(10, 2), settings.reps(20, 5));
            add[s] = run.highlights(subjects[s], settings.reps(50, 5));
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
        return out;
    }

    private Figure figure(String name, String unit, double glossa, double bare, Budget budget) {
        return new Figure(name(), name, unit, glossa, bare, budget, BARE);
    }
}
