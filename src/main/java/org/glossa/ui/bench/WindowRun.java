package org.glossa.ui.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.event.EventHandler;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.robot.Robot;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.glossa.core.Library;
import org.glossa.core.bench.Stats;
import org.glossa.model.DocumentInfo;
import org.glossa.ui.Background;
import org.glossa.ui.FramePainted;
import org.glossa.ui.MainWindow;

/**
 * The reading figures through the whole window: Glossa's {@link MainWindow} with its library
 * list, 10,000-row sidebar, Contents tab and find bar, driven by the robot as a user drives it
 * (a click in the library list, a typed {@code 2}, Page Down). Each gesture counts until the
 * frame that shows its effect has been painted (and, for a highlight, its commit is back).
 */
final class WindowRun implements AutoCloseable {
    private final Library library;
    private final Background background;
    private final long bookId;
    private final long otherId;
    private Stage stage;
    private MainWindow window;
    private Robot robot;

    WindowRun(Library library, Background background, long bookId, long otherId) {
        this.library = library;
        this.background = background;
        this.bookId = bookId;
        this.otherId = otherId;
    }

    /** Opens the window (1200x900) on the library, with nothing open yet. */
    void start(Path configDir) throws Exception {
        Fx.run(() -> {
            stage = new Stage();
            stage.setWidth(1200);
            stage.setHeight(900);
            window = new MainWindow(stage, library, background, configDir);
            window.start(null);
            stage.show();
            robot = new Robot();
        });
        settle();
    }

    private Scene scene() {
        return stage.getScene();
    }

    private StyleClassedTextArea area() {
        return window.reader().area();
    }

    /**
     * A click on the book's row in the library list (with the other document open before each
     * round) until a painted frame shows its first page and a filled sidebar.
     */
    double[] opens(int rounds) throws Exception {
        double[] times = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            clickRow(otherId, () -> true);
            times[r] = clickRow(bookId, () -> area().getLength() > 1_000_000
                    && window.annotations().annotations().size() >= 10_000);
        }
        return times;
    }

    /** Milliseconds from the click on the row of {@code id} to the painted frame where {@code shown} holds. */
    private double clickRow(long id, java.util.function.BooleanSupplier shown) throws Exception {
        CompletableFuture<Long> painted = new CompletableFuture<>();
        long[] t0 = new long[1];
        Fx.run(() -> {
            ListView<DocumentInfo> list = libraryList();
            int index = -1;
            for (int i = 0; i < list.getItems().size(); i++) {
                if (list.getItems().get(i).id() == id) {
                    index = i;
                }
            }
            if (index < 0) {
                throw new IllegalStateException("the library list does not show document " + id);
            }
            list.scrollTo(index);
            list.layout();
            Node cell = list.lookupAll(".list-cell").stream()
                    .filter(n -> n instanceof javafx.scene.control.ListCell<?> c && c.getItem() instanceof DocumentInfo d
                            && d.id() == id)
                    .findFirst().orElseThrow(() -> new IllegalStateException("no row for document " + id));
            Point2D at = centre(cell);
            Fx.paintedWhen(scene(), shown, painted);
            t0[0] = System.nanoTime();
            robot.mouseMove(at);
            robot.mouseClick(MouseButton.PRIMARY);
        });
        double ms = Stats.ms(Fx.await(painted) - t0[0]);
        settle();
        return ms;
    }

    /**
     * Page Down in the reader, {@code steps} at a time from places {@code from..to-1} of
     * {@code bursts} places spread through the book: the time from the key to the painted page.
     */
    double[] pageDowns(int from, int to, int bursts, int steps) throws Exception {
        int paragraphs = Fx.call(() -> area().getParagraphs().size());
        List<Double> times = new ArrayList<>();
        for (int b = from; b < to; b++) {
            int top = (int) ((long) b * paragraphs / bursts);
            Fx.run(() -> {
                area().requestFocus();
                area().showParagraphAtTop(top);
            });
            settle();
            for (int s = 0; s < steps; s++) {
                times.add(key(KeyCode.PAGE_DOWN, KeyEvent.KEY_PRESSED, false));
            }
        }
        return times.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /**
     * A few words selected in the paragraphs on screen and {@code 2} typed (number
     * {@code from..to-1}), each until a painted frame shows the highlight and its commit is back.
     */
    double[] highlights(int from, int to) throws Exception {
        // a page of its own: the reader's own figures highlight the middle page of the same
        // document through another view model, and neither may grow the other's highlights
        int middle = Fx.call(() -> area().getParagraphs().size() / 2 + 200);
        Fx.run(() -> {
            area().requestFocus();
            area().showParagraphAtTop(middle);
        });
        settle();
        List<int[]> targets = Fx.call(() -> ReadingRun.longParagraphs(area(), middle));
        double[] times = new double[to - from];
        for (int i = from; i < to; i++) {
            int[] par = targets.get(i % targets.size());
            int start = par[0] + (i * 7) % (par[1] - 20);
            Fx.run(() -> area().selectRange(start, start + 12));
            settle();
            times[i - from] = key(KeyCode.DIGIT2, KeyEvent.KEY_TYPED, true);
            // a new highlight, or one of the same colour it touched grown over the selection
            boolean covered = Fx.call(() -> window.annotations().allAt(start + 6).stream()
                    .anyMatch(a -> a.start() <= start + 1 && a.end() >= start + 11));
            if (!covered) {
                String where = Fx.call(() -> "focus " + scene().getFocusOwner() + ", window focused "
                        + stage.isFocused() + ", selection " + area().getSelection() + ", status "
                        + window.status().messageProperty().get());
                throw new IllegalStateException("typing 2 on a selection did not highlight it (" + where + ")");
            }
        }
        return times;
    }

    /**
     * Types {@code code} with the robot; milliseconds from the key to the frame painted after the
     * window handled it (and, with {@code committed}, to the writer being done with its work).
     */
    private double key(KeyCode code, javafx.event.EventType<KeyEvent> handled, boolean committed) throws Exception {
        CompletableFuture<Long> painted = new CompletableFuture<>();
        CompletableFuture<Long> saved = new CompletableFuture<>();
        long[] t0 = new long[1];
        Fx.run(() -> {
            EventHandler<KeyEvent>[] filter = new EventHandler[1];
            filter[0] = e -> {
                scene().removeEventFilter(handled, filter[0]);
                // runs after the window has handled the key (and queued its commit)
                javafx.application.Platform.runLater(() -> {
                    FramePainted.next(scene(), painted::complete);
                    if (committed) {
                        background.whenDone(() -> saved.complete(System.nanoTime()));
                    }
                });
            };
            scene().addEventFilter(handled, filter[0]);
            t0[0] = System.nanoTime();
            robot.keyType(code);
        });
        long end = Fx.await(painted);
        if (committed) {
            end = Math.max(end, Fx.await(saved));
        }
        return Stats.ms(end - t0[0]);
    }

    @SuppressWarnings("unchecked")
    private ListView<DocumentInfo> libraryList() {
        return (ListView<DocumentInfo>) scene().lookup("#document-list");
    }

    private static Point2D centre(Node node) {
        Bounds b = node.localToScreen(node.getBoundsInLocal());
        return new Point2D(b.getMinX() + Math.min(40, b.getWidth() / 2), b.getCenterY());
    }

    private void settle() throws Exception {
        Fx.changeAndPaint(stage.getScene(), Runnable::run);
    }

    @Override
    public void close() throws Exception {
        if (stage != null) {
            Fx.run(() -> {
                window.flushEdits();
                stage.hide();
            });
        }
    }
}
