package org.glossa.ui.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.glossa.core.bench.Stats;

/**
 * The measurements themselves, each from the bench thread: do something on the FX thread, then
 * wait until the frame that shows it has been painted.
 */
final class ReadingRun {
    private static final double MB = 1024.0 * 1024.0;
    private final Scene scene;
    private final StackPane root;

    ReadingRun(Scene scene, StackPane root) {
        this.scene = scene;
        this.root = root;
    }

    /** Milliseconds from asking for the document to its first painted frame, starting from an empty window. */
    double open(ReadingSubject subject) throws Exception {
        empty();
        long t0 = System.nanoTime();
        subject.load();
        long painted = Fx.changeAndPaint(scene, done -> {
            subject.show(root);
            done.run();
        });
        return Stats.ms(painted - t0);
    }

    /**
     * Megabytes of heap the open document holds: used heap with it on screen minus an empty window.
     * The empty window is measured before opening and again after closing, and the lower of the two
     * counts, so that what an earlier subject left for a later collection is not taken from this
     * one. The subject is open again afterwards.
     */
    double heapWithOpen(ReadingSubject subject) throws Exception {
        empty();
        subject.forgetCached();
        long before = usedAfterGc();
        open(subject);
        settle();
        long held = usedAfterGc();
        Fx.run(subject::release);
        subject.forgetCached();
        empty();
        settle();
        long after = usedAfterGc();
        open(subject);
        settle();
        return (held - Math.min(before, after)) / MB;
    }

    /**
     * Page-downs from places {@code from..to-1} of {@code bursts} places spread through the book,
     * {@code steps} each: the time from the scroll request to the painted page.
     */
    double[] pageDowns(ReadingSubject subject, int from, int to, int bursts, int steps) throws Exception {
        StyleClassedTextArea area = subject.area();
        int paragraphs = Fx.call(() -> area.getParagraphs().size());
        List<Double> times = new ArrayList<>();
        for (int b = from; b < to; b++) {
            int top = (int) ((long) b * paragraphs / bursts);
            Fx.changeAndPaint(scene, done -> {
                area.showParagraphAtTop(top);
                done.run();
            });
            settle();
            for (int s = 0; s < steps; s++) {
                long[] t0 = new long[1];
                long painted = Fx.changeAndPaint(scene, done -> {
                    t0[0] = System.nanoTime();
                    area.scrollYBy(area.getHeight());
                    done.run();
                });
                times.add(Stats.ms(painted - t0[0]));
            }
        }
        return times.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /**
     * Highlights number {@code from..to-1} of a few words each in the paragraphs on screen, each
     * until it is saved and a painted frame shows it.
     */
    double[] highlights(ReadingSubject subject, int from, int to) throws Exception {
        StyleClassedTextArea area = subject.area();
        int middle = Fx.call(() -> area.getParagraphs().size() / 2);
        Fx.changeAndPaint(scene, done -> {
            area.showParagraphAtTop(middle);
            done.run();
        });
        settle();
        // [start, length] of the long paragraphs at the top of the page
        List<int[]> targets = Fx.call(() -> longParagraphs(area, middle));
        double[] times = new double[to - from];
        for (int i = from; i < to; i++) {
            int[] par = targets.get(i % targets.size());
            int start = par[0] + (i * 7) % (par[1] - 20);
            long[] t0 = new long[1];
            CompletableFuture<Long> done = new CompletableFuture<>();
            Fx.run(() -> {
                t0[0] = System.nanoTime();
                subject.highlight(start, start + 12, scene, done::complete);
            });
            times[i - from] = Stats.ms(Fx.await(done) - t0[0]);
        }
        return times;
    }

    /** On the FX thread: [start, length] of up to four long paragraphs from {@code first} on (the top of the page). */
    static List<int[]> longParagraphs(StyleClassedTextArea area, int first) {
        List<int[]> out = new ArrayList<>();
        for (int p = first; p < first + 12 && out.size() < 4; p++) {
            int length = area.getParagraphLength(p);
            if (length > 40) {
                out.add(new int[] {area.getAbsolutePosition(p, 0), length});
            }
        }
        return out;
    }

    private void empty() throws Exception {
        Fx.changeAndPaint(scene, done -> {
            root.getChildren().clear();
            done.run();
        });
        usedAfterGc();
    }

    /** One more painted frame: lets a scroll or a first layout that needs a second pulse finish. */
    private void settle() throws Exception {
        Fx.changeAndPaint(scene, Runnable::run);
    }

    /** Used heap once collections stop freeing more (at most ten, each asked for and awaited). */
    private static long usedAfterGc() {
        Runtime rt = Runtime.getRuntime();
        long last = Long.MAX_VALUE;
        for (int i = 0; i < 10; i++) {
            System.gc();
            long used = rt.totalMemory() - rt.freeMemory();
            if (used >= last - last / 100) {
                return Math.min(used, last);
            }
            last = used;
        }
        return last;
    }
}
