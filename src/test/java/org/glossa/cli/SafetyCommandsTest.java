package org.glossa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.glossa.cli.OneWriterTest.Result;
import org.glossa.core.Library;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** check, backups and restore from the command line: exit codes and what people read. */
class SafetyCommandsTest {
    @TempDir
    Path dir;

    @Test
    void checkSaysOkThenNamesTheDamageAndRestoreBringsBackTheNewestBackup() throws Exception {
        Path library = dir.resolve("lib.sqlite");
        String lib = library.toString();
        assertThat(OneWriterTest.cli("--library", lib, "annotate", "1", "--quote", "the").code()).isZero();
        assertThat(OneWriterTest.cli("--library", lib, "backups").out()).isEmpty();
        // the next open for writing finds no backup and takes one, with the annotation in it
        assertThat(OneWriterTest.cli("--library", lib, "annotate", "1", "--quote", "the", "--occurrence", "2").code())
                .isZero();
        Result backups = OneWriterTest.cli("--library", lib, "backups");
        assertThat(backups.out().lines()).singleElement().asString().contains(library.getFileName() + ".");

        Result check = OneWriterTest.cli("--library", lib, "check");
        assertThat(check.code()).isZero();
        assertThat(check.out()).isEqualTo("ok" + System.lineSeparator());

        try (RandomAccessFile raf = new RandomAccessFile(library.toFile(), "rw")) {
            raf.seek(4096);
            raf.write(new byte[4096]);
        }
        Result damaged = OneWriterTest.cli("--library", lib, "check");
        assertThat(damaged.code()).isEqualTo(1);
        assertThat(damaged.err()).contains("is damaged").contains("glossa restore")
                .contains(org.glossa.core.store.LibraryFile.backups(library).get(0).file().toString());
        Result list = OneWriterTest.cli("--library", lib, "list");
        assertThat(list.code()).isEqualTo(1);
        assertThat(list.err()).contains("is damaged").contains("backups").doesNotContain("Exception");

        Result restore = OneWriterTest.cli("--library", lib, "restore");
        assertThat(restore.code()).as(restore.err()).isZero();
        assertThat(restore.out()).contains(".replaced-");
        assertThat(OneWriterTest.cli("--library", lib, "check").code()).isZero();
        try (Library restored = Library.open(library)) {
            assertThat(restored.allAnnotations()).hasSize(1);
        }
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("lib.sqlite.replaced-"));
        }
    }

    @Test
    void checkOnAFileThatIsNotSqliteSaysThereIsNoBackupWhenThereIsNone() throws Exception {
        Path notes = dir.resolve("notes.sqlite");
        byte[] text = "Shopping: quinces, medlars, a kilo of pears.\n".repeat(200).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Files.write(notes, text);
        Result check = OneWriterTest.cli("--library", notes.toString(), "check");
        assertThat(check.code()).isEqualTo(1);
        assertThat(check.err()).contains("is damaged and there is no automatic backup of it")
                .doesNotContain("glossa restore").doesNotContain("Exception");
        assertThat(check.err().lines()).hasSize(1);
        assertThat(Files.readAllBytes(notes)).isEqualTo(text);
    }

    @Test
    void aDeletedLibraryWithBackupsIsNotSilentlyStartedAfreshAndTheCommandNamesTheBackup() throws Exception {
        Path library = dir.resolve("lib.sqlite");
        String lib = library.toString();
        assertThat(OneWriterTest.cli("--library", lib, "annotate", "1", "--quote", "the").code()).isZero();
        assertThat(OneWriterTest.cli("--library", lib, "annotate", "1", "--quote", "the", "--occurrence", "2").code())
                .isZero();
        Path newest = org.glossa.core.store.LibraryFile.backups(library).get(0).file();
        Files.delete(library);

        for (String command : new String[] {"list", "annotate"}) {
            Result r = command.equals("list") ? OneWriterTest.cli("--library", lib, "list")
                    : OneWriterTest.cli("--library", lib, "annotate", "1", "--quote", "the");
            assertThat(r.code()).isEqualTo(1);
            assertThat(r.err()).contains("There is no library file at " + lib).contains(newest.toString())
                    .contains("'glossa restore'").doesNotContain("Exception");
            assertThat(r.err().strip().lines()).hasSize(1);
            assertThat(library).doesNotExist();
        }
        Result restore = OneWriterTest.cli("--library", lib, "restore");
        assertThat(restore.code()).as(restore.err()).isZero();
        Result list = OneWriterTest.cli("--library", lib, "list");
        assertThat(list.code()).as(list.err()).isZero();
        assertThat(list.out()).contains("1 annotation");
    }

    @Test
    void restoreWithoutAnyBackupSaysSoAndChangesNothing() throws Exception {
        Path library = dir.resolve("lone.sqlite");
        Library.open(library).close();
        byte[] before = Files.readAllBytes(library);
        Result restore = OneWriterTest.cli("--library", library.toString(), "restore");
        assertThat(restore.code()).isEqualTo(1);
        assertThat(restore.err()).contains("no automatic backup");
        assertThat(Files.readAllBytes(library)).isEqualTo(before);
    }
}
