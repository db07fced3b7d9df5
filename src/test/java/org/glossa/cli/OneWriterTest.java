package org.glossa.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.glossa.Main;
import org.glossa.core.ChildJvm;
import org.glossa.core.FileDialogVisit;
import org.glossa.core.GlossaException;
import org.glossa.core.Library;
import org.glossa.core.LibraryLock;
import org.glossa.core.LockHolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One writer per library: while another process (standing in for a window) holds the lock,
 * reading commands still work through WAL, writing commands are refused with a message naming
 * that process, and once it is SIGKILLed the lock is free again without anyone cleaning up.
 */
class OneWriterTest {
    @TempDir
    Path dir;

    @Test
    void readersWorkBesideAWindowWritersAreToldWhoHoldsItAndACrashFreesTheLock() throws Exception {
        Path library = dir.resolve("shared.sqlite");
        Library.open(library).close();
        try (ChildJvm window = ChildJvm.start(LockHolder.class, dir.resolve("holder.err"), library.toString())) {
            String ready = window.readLine();
            assertThat(ready).as(window.errors()).startsWith("ready ");
            String heldAnnotation = ready.substring("ready ".length());

            Result list = cli("--library", library.toString(), "list");
            assertThat(list.code).as(list.err).isZero();
            assertThat(list.out).contains("Timid").contains("1 annotation");
            Result annotations = cli("--library", library.toString(), "annotations", "1", "--json");
            assertThat(annotations.out).contains(heldAnnotation);

            Result write = cli("--library", library.toString(), "annotate", "1", "--quote", "the");
            assertThat(write.code).isEqualTo(1);
            assertThat(write.err).contains("open in another Glossa (process " + window.pid() + ")")
                    .doesNotContain("Exception");
            assertThat(LibraryLock.holder(library)).hasValue(window.pid());
            assertThatThrownBy(() -> LibraryLock.acquire(library)).isInstanceOf(GlossaException.class);

            window.kill();
        }
        try (LibraryLock lock = LibraryLock.acquire(library)) {
            assertThat(LibraryLock.holder(library)).hasValue(ProcessHandle.current().pid());
        }
        Result write = cli("--library", library.toString(), "annotate", "1", "--quote", "the", "--occurrence", "2");
        assertThat(write.code).as(write.err).isZero();
    }

    @Test
    void aFileDialogInTheWritersProcessDoesNotLetASecondWriterIn() throws Exception {
        Path library = dir.resolve("library.sqlite");
        long self = ProcessHandle.current().pid();
        try (LibraryLock lock = LibraryLock.acquire(library); Library lib = Library.open(library)) {
            // what the file dialog does when the user navigates to the library's folder and cancels
            assertThat(FileDialogVisit.visit(dir)).contains("library.sqlite.lock");
            try (ChildJvm second = ChildJvm.start(Main.class, dir.resolve("second.err"),
                    "--library", library.toString(), "annotate", "1", "--quote", "Kremlin")) {
                assertThat(second.exitCode()).as(second.errors()).isEqualTo(1);
                assertThat(second.errors()).contains("is open in another Glossa (process " + self + ")")
                        .doesNotContain("SQLITE_BUSY").doesNotContain("Exception");
                assertThat(second.errors().strip().lines()).hasSize(1);
            }
            assertThat(lib.allAnnotations()).isEmpty();
        }
    }

    @Test
    void aSymbolicLinkToAHeldLibraryIsRefusedAndSoIsTheFileBehindAHeldLink() throws Exception {
        Path real = Files.createDirectory(dir.resolve("books")).resolve("library.sqlite");
        Library.open(real).close();
        Path link = Files.createSymbolicLink(dir.resolve("link.sqlite"), real);
        for (Path[] pair : new Path[][] {{real, link}, {link, real}}) {
            Path held = pair[0];
            Path other = pair[1];
            try (ChildJvm window = ChildJvm.start(LockHolder.class, dir.resolve("holder.err"), held.toString())) {
                assertThat(window.readLine()).as(window.errors()).startsWith("ready ");
                assertThatThrownBy(() -> LibraryLock.acquire(other)).isInstanceOf(GlossaException.class)
                        .hasMessageContaining("is open in another Glossa (process " + window.pid() + ")");
                Result write = cli("--library", other.toString(), "annotate", "1", "--quote", "Kremlin");
                assertThat(write.code).isEqualTo(1);
                assertThat(write.err).contains("is open in another Glossa (process " + window.pid() + ")")
                        .doesNotContain("SQLITE_BUSY").doesNotContain("Exception");
                window.kill();
            }
        }
        try (Library lib = Library.open(link)) {
            assertThat(lib.allAnnotations()).extracting(a -> a.note()).containsExactly("held", "held");
        }
        // the killed holders left their socket behind: it counts as free, under either name
        LibraryLock.acquire(link).close();
        LibraryLock.acquire(real).close();
    }

    @Test
    void aReadOnlyLibraryRefusesChangesWithAClearMessage() throws Exception {
        Path library = dir.resolve("ro.sqlite");
        Library.open(library).close();
        try (Library reader = Library.openReadOnly(library)) {
            assertThat(reader.documents()).hasSize(1);
            assertThatThrownBy(() -> reader.annotateQuote(1, "the", 1, null, "", java.util.List.of()))
                    .isInstanceOf(GlossaException.class)
                    .hasMessageContaining("is read-only, so nothing can be saved");
        }
        try (Library lib = Library.open(library)) {
            assertThat(lib.allAnnotations()).isEmpty();
        }
    }

    record Result(int code, String out, String err) {
    }

    static Result cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = GlossaCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }
}
