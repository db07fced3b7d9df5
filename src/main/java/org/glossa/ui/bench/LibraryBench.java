package org.glossa.ui.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.ListView;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.glossa.core.Library;
import org.glossa.core.bench.BenchSection;
import org.glossa.core.bench.BenchSettings;
import org.glossa.core.bench.Budget;
import org.glossa.core.bench.Figure;
import org.glossa.core.bench.GeneratedLibrary;
import org.glossa.core.bench.Stats;
import org.glossa.core.bench.TempFiles;
import org.glossa.ui.Background;
import org.glossa.ui.LibraryWriter;
import org.glossa.ui.MainWindow;
import org.glossa.ui.library.DocumentsViewModel;

/**
 * A large library (5,000 documents, 100,000 annotations, 500 tags) in the window. <em>Open</em>:
 * from opening the file as the window does (the quick check runs behind the open) to the first
 * painted frame of the window with the whole library list, beside a bare SQLite query of the
 * titles shown in a plain list. <em>Tag overview</em>: from Library › Tag overview to the first
 * painted frame with its cells, beside a bare GROUP BY of the same counts drawn on a canvas of
 * the same size.
 */
final class LibraryBench implements BenchSection {
    /** Issue 15: a large library shows its list within 300 ms. */
    private static final double OPEN_MS = 300;
    private static final int MAP_WIDTH = 900;
    private static final int MAP_HEIGHT = 520;

    @Override
    public String name() {
        return "library";
    }

    @Override
    public List<Figure> run(BenchSettings settings) throws Exception {
        Fx.start();
        int documents = settings.reps(5000, 200);
        int annotations = settings.reps(100_000, 4000);
        Path source = GeneratedLibrary.cached(documents, annotations, settings);
        Path dir = Files.createTempDirectory("glossa-bench-library");
        try {
            Path file = dir.resolve("library.sqlite");
            Files.copy(source, file, StandardCopyOption.REPLACE_EXISTING);
            int rounds = settings.reps(5, 1);
            double[] open = new double[rounds];
            double[] bareOpen = new double[rounds];
            double[] map = new double[rounds];
            double[] bareMap = new double[rounds];
            for (int r = 0; r < rounds; r++) {
                settings.say("library: open and tag overview, round " + (r + 1) + " of " + rounds);
                // alternate, so that a busy moment of the machine hits both sides
                double[] window = window(file, dir.resolve("config"), documents);
                open[r] = window[0];
                map[r] = window[1];
                bareOpen[r] = bareList(file, documents);
                bareMap[r] = bareMatrix(file);
            }
            String size = String.format(Locale.ROOT, " (%,d documents, %,d annotations)", documents, annotations);
            return List.of(
                    new Figure(name(), "open a large library, list painted (best)", "ms", Stats.best(open),
                            Stats.best(bareOpen), Budget.below(OPEN_MS),
                            "bare SQLite open and SELECT of the titles into a plain list" + size),
                    new Figure(name(), "tag overview, painted (best)", "ms", Stats.best(map), Stats.best(bareMap),
                            Budget.NONE, "bare GROUP BY of the counts drawn on a canvas of the same size" + size));
        } finally {
            TempFiles.deleteTree(dir);
        }
    }

    /** Glossa's window on {@code file}: milliseconds to the painted list, then to the painted tag overview. */
    private static double[] window(Path file, Path config, int documents) throws Exception {
        long t0 = System.nanoTime();
        // as the window starts: the file opened with its check behind, the first view read
        Library library = Library.openCheckingInBackground(file, null);
        Stage[] stage = new Stage[1];
        try (Background background = new LibraryWriter(e -> System.err.println("bench: saving failed: " + e))) {
            DocumentsViewModel.FirstView first = DocumentsViewModel.readFirstView(library);
            CompletableFuture<Long> listed = new CompletableFuture<>();
            MainWindow window = Fx.call(() -> {
                stage[0] = new Stage();
                stage[0].setWidth(1200);
                stage[0].setHeight(900);
                MainWindow w = new MainWindow(stage[0], library, background, config);
                w.start(first);
                stage[0].show();
                ListView<?> list = (ListView<?>) stage[0].getScene().lookup("#document-list");
                Fx.paintedWhen(stage[0].getScene(), () -> list.getItems().size() == documents, listed);
                return w;
            });
            double open = Stats.ms(Fx.await(listed) - t0);
            // the window starts the file's check after its first frame: the overview is opened
            // once it is done, as a user opens it after a look at the library, not while it runs
            library.checked().toCompletableFuture().join();
            CompletableFuture<Long> mapped = new CompletableFuture<>();
            long[] t1 = new long[1];
            Fx.run(() -> {
                t1[0] = System.nanoTime();
                window.tools().showTagMap();
                Scene scene = window.tools().tagMapWindow().stage().getScene();
                Fx.paintedWhen(scene, () -> window.tools().tagMapWindow().grid().getChildren().stream()
                        .anyMatch(n -> n.getStyleClass().contains("tagmap-cell")), mapped);
            });
            double map = Stats.ms(Fx.await(mapped) - t1[0]);
            Fx.run(() -> {
                window.tools().tagMapWindow().stage().hide();
                window.flushEdits();
                stage[0].hide();
            });
            return new double[] {open, map};
        } finally {
            // the check behind the open is part of the open: let it finish before the next round
            library.checked().toCompletableFuture().join();
            library.close();
        }
    }

    /** The least a library list can be: the titles read with one SELECT into a plain list, painted. */
    private static double bareList(Path file, int documents) throws Exception {
        long t0 = System.nanoTime();
        List<String> titles = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id, title FROM document ORDER BY title")) {
            while (rs.next()) {
                titles.add(rs.getString(2));
            }
        }
        if (titles.size() != documents) {
            throw new IllegalStateException("the bare list read " + titles.size() + " of " + documents + " titles");
        }
        return Stats.ms(paintedIn(1200, 900, () -> {
            ListView<String> list = new ListView<>();
            list.getItems().setAll(titles);
            return list;
        }) - t0);
    }

    /** The least a tag overview can be: the counts from one GROUP BY, the cells in view drawn on a canvas. */
    private static double bareMatrix(Path file) throws Exception {
        long t0 = System.nanoTime();
        Map<String, Map<Long, Integer>> counts = new HashMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT t.name, a.document_id, count(*) FROM annotation_tag at"
                     + " JOIN tag t ON t.id = at.tag_id JOIN annotation a ON a.id = at.annotation_id"
                     + " GROUP BY t.id, a.document_id")) {
            while (rs.next()) {
                counts.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).put(rs.getLong(2), rs.getInt(3));
            }
        }
        List<String> tags = new ArrayList<>(counts.keySet());
        tags.sort(String.CASE_INSENSITIVE_ORDER);
        return Stats.ms(paintedIn(MAP_WIDTH, MAP_HEIGHT, () -> {
            Canvas canvas = new Canvas(MAP_WIDTH, MAP_HEIGHT);
            GraphicsContext g = canvas.getGraphicsContext2D();
            for (int row = 0; row < Math.min(tags.size(), MAP_HEIGHT / 30); row++) {
                g.setFill(Color.BLACK);
                g.fillText(tags.get(row), 4, 180 + row * 30);
                int col = 0;
                for (Map.Entry<Long, Integer> cell : counts.get(tags.get(row)).entrySet()) {
                    if (col++ >= (MAP_WIDTH - 200) / 46) {
                        break;
                    }
                    g.setFill(Color.rgb(37, 99, 235, 0.5));
                    g.fillRect(200 + col * 46, 162 + row * 30, 44, 28);
                    g.setFill(Color.BLACK);
                    g.fillText(Integer.toString(cell.getValue()), 215 + col * 46, 180 + row * 30);
                }
            }
            return canvas;
        }) - t0);
    }

    /** Shows {@code content} in a new window of this size; the nanoTime of its first painted frame. */
    private static long paintedIn(int width, int height, java.util.concurrent.Callable<javafx.scene.Node> content)
            throws Exception {
        CompletableFuture<Long> painted = new CompletableFuture<>();
        Stage[] stage = new Stage[1];
        Fx.run(() -> {
            try {
                stage[0] = new Stage();
                stage[0].setScene(new Scene(new StackPane(content.call()), width, height));
                stage[0].show();
                Fx.paintedWhen(stage[0].getScene(), () -> true, painted);
            } catch (Exception e) {
                painted.completeExceptionally(e);
            }
        });
        try {
            return Fx.await(painted);
        } finally {
            Fx.run(stage[0]::hide);
        }
    }
}
