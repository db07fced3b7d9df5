package org.glossa.core.packet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.glossa.core.search.TestDocuments.add;

import java.nio.file.Path;
import java.util.List;
import org.glossa.core.GlossaException;
import org.glossa.core.Library;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The editor's writes: readings set in order, questions replaced, bad input refused with nothing changed. */
class PacketEditingTest {
    @TempDir
    Path dir;

    @Test
    void readingsAndQuestionsAreSetWholeAndBadInputChangesNothing() {
        try (Library lib = Library.open(dir.resolve("library.sqlite"))) {
            long a = add(lib, "A", "x", "One.");
            long b = add(lib, "B", "x", "Two.");
            long p = lib.packets().create("Week", "").id();
            lib.packets().setReadings(p, List.of(a, b));
            lib.packets().setQuestions(p, b, List.of(new Packet.Question(0, "Why?", "Because."),
                    new Packet.Question(0, "  ", ""), new Packet.Question(0, "How?", null)));
            assertThat(lib.packets().get(p).readings().get(1).questions())
                    .extracting(Packet.Question::text, Packet.Question::answer)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("Why?", "Because."),
                            org.assertj.core.groups.Tuple.tuple("How?", ""));

            // reordered: the questions stay with their reading
            Packet swapped = lib.packets().setReadings(p, List.of(b, a));
            assertThat(swapped.documentIds()).containsExactly(b, a);
            assertThat(swapped.readings().get(0).questions()).hasSize(2);

            assertThatThrownBy(() -> lib.packets().setReadings(p, List.of(a, 9999L)))
                    .isInstanceOf(GlossaException.class);
            assertThatThrownBy(() -> lib.packets().setQuestions(p, 9999L, List.of(new Packet.Question(0, "Q", ""))))
                    .isInstanceOf(GlossaException.class).hasMessageContaining("not in packet");
            assertThatThrownBy(() -> lib.packets().setQuestions(p, a, List.of(new Packet.Question(0, "Q".repeat(100_000), ""))))
                    .isInstanceOf(GlossaException.class).hasMessageContaining("longer than");
            assertThat(lib.packets().get(p).documentIds()).containsExactly(b, a);

            // a reading left out loses its questions
            lib.packets().setReadings(p, List.of(a));
            lib.packets().setReadings(p, List.of(a, b));
            assertThat(lib.packets().get(p).readings().get(1).questions()).isEmpty();
        }
    }
}
