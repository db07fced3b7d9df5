package org.glossa.core.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An export that fails midway leaves the earlier file as it was and nothing else behind. */
class AtomicFileTest {
    @TempDir
    Path dir;

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aWriteThatFailsMidwayKeepsTheEarlierExportByteForByte() throws Exception {
        Path target = dir.resolve("notes.md");
        byte[] earlier = "# Notes\n\n> Floods shaped the streets.\n".getBytes(StandardCharsets.UTF_8);
        Files.write(target, earlier);

        assertThatThrownBy(() -> AtomicFile.write(target, out -> {
            out.write(new byte[200_000]); // past the buffer, so part of it reached the disk
            throw new IOException("No space left on device");
        })).isInstanceOf(IOException.class).hasMessage("No space left on device");

        assertThat(Files.readAllBytes(target)).isEqualTo(earlier);
        assertThat(names()).containsExactly("notes.md");
    }

    @Test
    void aRenderThatThrowsLeavesNoFileWhereThereWasNone() {
        Path target = dir.resolve("packet.pdf");
        assertThatThrownBy(() -> AtomicFile.write(target, out -> {
            out.write(1);
            throw new IllegalStateException("renderer failed");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(dir.toFile().list()).isEmpty();
    }

    @Test
    void aSuccessfulWriteReplacesTheFileAndKeepsWhoMayReadIt() throws Exception {
        Path target = dir.resolve("cards.txt");
        Files.writeString(target, "old");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r-----"));

        AtomicFile.writeString(target, "#separator:tab\nQ\u00e9\tA\n");

        assertThat(Files.readString(target)).isEqualTo("#separator:tab\nQ\u00e9\tA\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-r-----");
        assertThat(names()).containsExactly("cards.txt");
    }

    @Test
    void contentThatClosesItsStreamStillLandsInFull() throws Exception {
        Path target = dir.resolve("claims.csv");
        AtomicFile.write(target, out -> {
            out.write("a,b\r\n".getBytes(StandardCharsets.US_ASCII));
            out.close();
        });
        assertThat(Files.readString(target)).isEqualTo("a,b\r\n");
    }

    @Test
    void aLinkToTheExportStaysALinkAndItsFileIsReplaced() throws Exception {
        Path real = Files.writeString(dir.resolve("real.html"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.html"), real);

        AtomicFile.writeString(link, "<p>new</p>");

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).isEqualTo("<p>new</p>");
        assertThat(names()).containsExactly("link.html", "real.html");
    }

    @Test
    void aFolderAsTargetIsRefusedAndKept() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("out.md"));
        assertThatThrownBy(() -> AtomicFile.writeString(folder, "x")).isInstanceOf(IOException.class)
                .hasMessageContaining("is a folder");
        assertThat(Files.isDirectory(folder)).isTrue();
        assertThat(names()).containsExactly("out.md");
    }
}
