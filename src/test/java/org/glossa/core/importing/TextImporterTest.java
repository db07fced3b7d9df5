package org.glossa.core.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.glossa.model.Block;
import org.glossa.model.BlockKind;
import org.glossa.model.ImportedDocument;
import org.junit.jupiter.api.Test;

class TextImporterTest {
    private static ImportedDocument read(String content, String name) throws ImportException {
        return new TextImporter().read(content.getBytes(StandardCharsets.UTF_8), name);
    }

    @Test
    void blankLinesSeparateParagraphsAndHardWrappedLinesAreJoined() throws ImportException {
        ImportedDocument doc = read("First line of a\nhard-wrapped paragraph.\r\n \t\r\nSecond\n  paragraph.\n\n\n", "a.txt");
        String first = "First line of a hard-wrapped paragraph.";
        String second = "Second paragraph.";
        assertThat(doc.content().text()).isEqualTo(first + "\n\n" + second);
        assertThat(doc.content().blocks()).containsExactly(
                Block.of(BlockKind.PARAGRAPH, 0, first.length()),
                Block.of(BlockKind.PARAGRAPH, first.length() + 2, first.length() + 2 + second.length()));
        assertThat(doc.format()).isEqualTo("text");
    }

    @Test
    void theTitleIsTheFirstLineWhenShortElseTheFileName() throws ImportException {
        assertThat(read("Notes on Tolstoy\n\nBody.", "x.txt").title()).isEqualTo("Notes on Tolstoy");
        assertThat(read("word ".repeat(40), "long-first-line.txt").title()).isEqualTo("long-first-line");
    }

    @Test
    void anEmptyFileIsRefusedByTheImporters() {
        assertThatThrownBy(() -> new Importers().read(new byte[0], "empty.txt"))
                .isInstanceOf(ImportException.class).hasMessageContaining("empty.txt");
        assertThatThrownBy(() -> new Importers().read(" \n\n\t".getBytes(StandardCharsets.UTF_8), "blank.txt"))
                .isInstanceOf(ImportException.class).hasMessageContaining("no readable text");
    }

    @Test
    void unsupportedFormatsAreRefusedWithTheirKind() {
        assertThatThrownBy(() -> new Importers().read("%PDF-1.4 x".getBytes(StandardCharsets.US_ASCII), "b.pdf"))
                .isInstanceOf(ImportException.class).hasMessageContaining("pdf");
        assertThatThrownBy(() -> new Importers().read(new byte[] {0, 1, 2}, "b.bin"))
                .isInstanceOf(ImportException.class).hasMessageContaining("binary");
    }
}
