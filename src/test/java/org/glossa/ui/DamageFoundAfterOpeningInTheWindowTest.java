package org.glossa.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.stage.Window;
import org.glossa.core.Library;
import org.glossa.core.store.BackupPolicy;
import org.glossa.core.store.Database;
import org.glossa.core.store.LibraryFile;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/**
 * The window shows a library before its file has been checked; when the check then finds damage,
 * nothing more is written to it and the window gives way to the offer of backups, as at start.
 */
class DamageFoundAfterOpeningInTheWindowTest extends WindowFixture {

    @Test
    void damageFoundBehindTheOpenOffersTheBackupsAndTheRestoredLibraryOpens() throws Exception {
        Path file = libraryFile();
        try (Library lib = Library.open(file)) {
            StringBuilder book = new StringBuilder();
            for (int p = 0; p < 4000; p++) {
                book.append("Paragraph ").append(p).append(" of a long appendix that nobody opens first.\n\n");
            }
            long sample = lib.documents().get(0).id();
            lib.importBytes(book.toString().getBytes(StandardCharsets.UTF_8), "appendix.txt");
            lib.setSetting("ui.lastDocument", Long.toString(sample)); // the window opens the sample
        }
        Database.open(file, new BackupPolicy(Clock.systemUTC(), Duration.ZERO, 5)).close();
        assertThat(LibraryFile.backups(file)).hasSize(1);
        // a page of the search index, which the first view does not read
        long page;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT pageno FROM dbstat WHERE name = 'text_fts_data'"
                     + " AND pagetype = 'leaf' ORDER BY pageno DESC LIMIT 1")) {
            assertThat(rs.next()).isTrue();
            page = rs.getLong(1);
        }
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek((page - 1) * 4096);
            raf.write(new byte[4096]);
        }
        byte[] damaged = Files.readAllBytes(file);

        // the window opens first; the check behind it finds the damage a moment later
        System.setProperty("glossa.configDir", dir.resolve("config").toString());
        app = (GlossaApp) FxToolkit.setupApplication(GlossaApp.class, "--library=" + file);
        DialogPane offer = waitForRestoreOffer();

        assertThat(Files.readAllBytes(file)).isEqualTo(damaged);
        Button restore = (Button) offer.lookupButton(offer.getButtonTypes().stream()
                .filter(b -> b.getText().equals("Restore backup")).findFirst().orElseThrow());
        clickOn(restore);
        waitUntil(() -> app.window() != null && reader().getLength() > 0);

        assertThat(LibraryFile.check(file)).isEmpty();
        try (var aside = Files.list(file.getParent())) {
            List<Path> kept = aside.filter(p -> p.getFileName().toString().contains(".replaced-")).toList();
            assertThat(kept).hasSize(1);
            assertThat(Files.readAllBytes(kept.get(0))).isEqualTo(damaged);
        }
        FxToolkit.cleanupStages();
    }

    private DialogPane waitForRestoreOffer() throws TimeoutException {
        waitUntil(() -> onFx(() -> restoreOffer() != null));
        return onFx(this::restoreOffer);
    }

    private DialogPane restoreOffer() {
        for (Window w : Window.getWindows()) {
            if (w.getScene() != null && w.getScene().getRoot() instanceof DialogPane pane
                    && "The library needs repair".equals(pane.getHeaderText())) {
                return pane;
            }
        }
        return null;
    }
}
