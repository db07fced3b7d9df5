package org.glossa.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.glossa.Main;
import org.glossa.core.ChildJvm;
import org.glossa.core.FileDialogVisit;
import org.glossa.core.Library;
import org.glossa.model.Annotation;
import org.junit.jupiter.api.Test;

/**
 * The window holds its library's lock for as long as it is open, whatever its own file dialogs
 * do to the lock file: a command that would write beside it is refused with the window's
 * process id.
 */
class LockInTheWindowTest extends WindowFixture {
    @Test
    void afterTheImportDialogVisitsTheLibrarysFolderACommandBesideTheWindowIsRefused() throws Exception {
        startApp();
        clickMenu("File");
        clickMenu("Import\u2026");
        // Monocle has no native file chooser (its showFileChooser throws UnsupportedOperationException),
        // so the dialog that File > Import (Ctrl+O) asks for does not appear here. What matters for the
        // lock is what the GTK chooser does in the window's process when the user navigates to the
        // library's folder and cancels: it lists the folder and opens and closes each file to sniff its
        // type, the lock file included. The test does that in the window's process.
        assertThat(FileDialogVisit.visit(dir)).contains("library.sqlite", "library.sqlite.lock");

        try (ChildJvm second = ChildJvm.start(Main.class, dir.resolve("second.err"),
                "--library", libraryFile().toString(), "annotate", "1", "--quote", "Kremlin")) {
            assertThat(second.exitCode()).as(second.errors()).isEqualTo(1);
            assertThat(second.errors().strip())
                    .contains("is open in another Glossa (process " + ProcessHandle.current().pid() + ")")
                    .doesNotContain("SQLITE_BUSY").doesNotContain("Exception");
        }
        try (Library reader = Library.openReadOnly(libraryFile())) {
            List<Annotation> all = reader.allAnnotations();
            assertThat(all).noneMatch(a -> a.quote().exact().equals("Kremlin"));
        }
    }
}
