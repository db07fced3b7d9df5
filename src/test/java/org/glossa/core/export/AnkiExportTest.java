package org.glossa.core.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.glossa.core.Library;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnkiExportTest {
    @TempDir
    Path dir;

    @Test
    void clozeCardsBlankTheHighlightInItsParagraphWithAnkisHeaders() {
        try (Library lib = ExportFixtures.library(dir, "Ana")) {
            long id = ExportFixtures.withAnnotations(lib);
            String file = lib.exports().flashcards(List.of(id), AnkiExport.Style.CLOZE);
            List<String> lines = file.lines().toList();
            assertThat(lines.subList(0, 4)).containsExactly("#separator:tab", "#html:true", "#notetype:Cloze",
                    "#tags column:3");
            assertThat(lines).hasSize(4 + 4);
            assertThat(lines.get(4)).isEqualTo("Rivers shape the {{c1::cities that grow beside them}}. The Moskva"
                    + " (Москва) winds through the capital.\t<p>Cities follow water.</p><br><small>Rivers &amp;"
                    + " &quot;Cities&quot; &lt;Notes&gt;</small>\tclaim::geo");
            for (String card : lines.subList(4, lines.size())) {
                assertThat(card.split("\t", -1)).hasSize(3);
                assertThat(card).contains("{{c1::").doesNotContain("<script>");
            }
            assertThat(lines.get(6)).endsWith("\ta&b greek_<word>").contains("&lt;script&gt;");
        }
    }

    @Test
    void quoteCardsPutTheQuoteInFrontAndTheNoteBehind() {
        try (Library lib = ExportFixtures.library(dir, "Ana")) {
            ExportFixtures.withAnnotations(lib);
            String file = lib.exports().flashcardsForTag("claim", AnkiExport.Style.QUOTE_NOTE);
            assertThat(file.lines().toList()).containsExactly("#separator:tab", "#html:true", "#notetype:Basic",
                    "#tags column:3", "cities that grow beside them<br><small>Rivers &amp; &quot;Cities&quot; &lt;Notes&gt;"
                            + "</small>\t<p>Cities follow water.</p>\tclaim::geo");
        }
    }

    @Test
    void aFieldNeverHoldsATabOrANewline() {
        assertThat(AnkiExport.field("a\tb\nc <d> & e")).isEqualTo("a b<br>c &lt;d&gt; &amp; e");
    }
}
