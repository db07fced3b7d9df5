package org.glossa.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchImportTest {
    @TempDir
    Path dir;

    private Path folderWithThreeGoodOneBadOneHidden() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("in/sub"));
        Files.writeString(dir.resolve("in/a.txt"), "Alpha text.\n\nMore alpha.");
        Files.writeString(folder.resolve("b.md"), "# Beta\n\nBeta *body*.");
        Files.writeString(folder.resolve("c.html"), "<html><body><p>Gamma page text.</p></body></html>");
        Files.write(dir.resolve("in/broken.pdf"), "%PDF-1.4 nothing".getBytes(StandardCharsets.US_ASCII));
        Files.writeString(dir.resolve("in/.hidden.txt"), "Never imported.");
        return dir.resolve("in");
    }

    @Test
    void aFolderImportsEveryVisibleFileAndReportsEachFailureWithoutStopping() throws IOException {
        Path in = folderWithThreeGoodOneBadOneHidden();
        try (Library lib = Library.open(dir.resolve("lib.sqlite"))) {
            int before = lib.documents().size();
            List<String> progress = new ArrayList<>();
            BatchResult result = lib.bulkImport().files(List.of(in), new ImportProgress() {
                @Override
                public void starting(int index, int total, Path file) {
                    progress.add(index + "/" + total + " " + file.getFileName());
                }

                @Override
                public void finished(int index, int total, BatchResult.Outcome outcome) {
                }
            }, () -> false);
            assertThat(result.outcomes()).hasSize(4);
            assertThat(result.count(BatchResult.Status.IMPORTED)).isEqualTo(3);
            assertThat(result.outcomes()).filteredOn(o -> o.status() == BatchResult.Status.FAILED).singleElement()
                    .satisfies(o -> {
                        assertThat(o.file().getFileName().toString()).isEqualTo("broken.pdf");
                        assertThat(o.error()).contains("broken.pdf");
                    });
            assertThat(progress).hasSize(4).allMatch(p -> p.contains("/4 ")).noneMatch(p -> p.contains(".hidden"));
            assertThat(lib.documents()).hasSize(before + 3);
        }
    }

    @Test
    void theSameContentTwiceIsADuplicateNotANewDocument() throws IOException {
        Path in = folderWithThreeGoodOneBadOneHidden();
        try (Library lib = Library.open(dir.resolve("lib.sqlite"))) {
            lib.bulkImport().files(List.of(in), ImportProgress.NONE, () -> false);
            int after = lib.documents().size();
            BatchResult again = lib.bulkImport().files(List.of(in), ImportProgress.NONE, () -> false);
            assertThat(again.count(BatchResult.Status.DUPLICATE)).isEqualTo(3);
            assertThat(lib.documents()).hasSize(after);
        }
    }

    @Test
    void cancellingStopsBeforeTheNextFileAndKeepsWhatWasImported() throws IOException {
        Path in = folderWithThreeGoodOneBadOneHidden();
        try (Library lib = Library.open(dir.resolve("lib.sqlite"))) {
            int before = lib.documents().size();
            AtomicInteger finished = new AtomicInteger();
            ImportProgress counting = new ImportProgress() {
                @Override
                public void starting(int index, int total, Path file) {
                }

                @Override
                public void finished(int index, int total, BatchResult.Outcome outcome) {
                    finished.incrementAndGet();
                }
            };
            // the flag is asked before each file and while one is read: cancel once two are done
            BatchResult result = lib.bulkImport().files(List.of(in), counting, () -> finished.get() >= 2);
            assertThat(result.cancelled()).isTrue();
            assertThat(result.outcomes()).hasSize(2);
            assertThat(lib.documents()).hasSize(before + (int) result.count(BatchResult.Status.IMPORTED));
        }
    }
}
