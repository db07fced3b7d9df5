package org.glossa.core.anchoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.glossa.core.anchoring.AnchorResult.Outcome;
import org.glossa.model.TextQuote;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AnchorerTest {
    private static final String P1 = "Moscow has always been a city of contrasts, and this winter is no exception.\n";
    private static final String P2 = "Prices rose sharply in the autumn, while wages stayed where they were.\n";
    private static final String P3 = "Economists disagree about what comes next for the rouble and for savers.\n";
    private static final String LONG = "The central bank raised its key rate for the third time this year, citing"
            + " inflation expectations that have proved stubborn despite earlier tightening.\n";
    private static final String REPEAT = "Nothing changed.\n";

    /** name, old text, the highlighted passage, new text, expected outcome, expected passage in new text. */
    static Stream<Arguments> edits() {
        String old = P1 + P2 + LONG + P3;
        return Stream.of(
                Arguments.of("unchanged text keeps the position", old, "wages stayed", old,
                        Outcome.KEPT, "wages stayed"),
                Arguments.of("a paragraph inserted before moves the highlight", old, "wages stayed",
                        "A new opening line.\n" + old, Outcome.MOVED, "wages stayed"),
                Arguments.of("a paragraph deleted before moves the highlight", old, "for the rouble",
                        P2 + LONG + P3, Outcome.MOVED, "for the rouble"),
                Arguments.of("a long quote survives a paragraph inserted before it", old, LONG.strip(),
                        P1 + "Inserted paragraph.\n" + P2 + LONG + P3, Outcome.MOVED, LONG.strip()),
                Arguments.of("a typo fixed inside a long quote needs review", old, LONG.strip(),
                        old.replace("stubborn", "stubbornly high"), Outcome.FUZZY,
                        LONG.strip().replace("stubborn", "stubbornly high")),
                Arguments.of("a typo fixed inside a short quote needs review", old.replace("sharply", "sharpyl"),
                        "Prices rose sharpyl in the autumn", old, Outcome.FUZZY, "Prices rose sharply in the autumn"),
                Arguments.of("a deleted paragraph orphans its highlight", old, "what comes next for the rouble",
                        P1 + P2 + LONG, Outcome.ORPHANED, null),
                Arguments.of("a rewritten sentence orphans its highlight", old, "wages stayed where they were",
                        P1 + "Salaries, by contrast, hardly moved.\n" + LONG + P3, Outcome.ORPHANED, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("edits")
    void reanchorsAfterAnEdit(String name, String oldText, String passage, String newText, Outcome outcome,
                              String expected) {
        int start = oldText.indexOf(passage);
        TextQuote quote = TextQuote.of(oldText, start, start + passage.length());
        AnchorResult r = Anchorer.anchor(newText, quote, start, start + passage.length());
        assertThat(r.outcome()).isEqualTo(outcome);
        if (expected != null) {
            assertThat(newText.substring(r.start(), r.end())).isEqualTo(expected);
            assertThat(r.quote()).isEqualTo(TextQuote.of(newText, r.start(), r.end()));
        } else {
            assertThat(r.quote()).isEqualTo(quote);
            assertThat(r.end()).isLessThanOrEqualTo(newText.length());
        }
    }

    @Test
    void aRepeatedPassageIsFoundByItsContextNotByTheFirstOccurrence() {
        String old = P1 + REPEAT + P2 + REPEAT + P3 + REPEAT;
        int second = old.indexOf(REPEAT, old.indexOf(REPEAT) + 1);
        TextQuote quote = TextQuote.of(old, second, second + REPEAT.length() - 1);
        String edited = "Intro.\n" + old;
        AnchorResult r = Anchorer.anchor(edited, quote, second, second + REPEAT.length() - 1);
        int expected = edited.indexOf(P2) + P2.length();
        assertThat(r.outcome()).isEqualTo(Outcome.MOVED);
        assertThat(r.start()).isEqualTo(expected);
    }

    @Test
    void aRepeatedPassageWithoutContextGoesToTheOccurrenceNearestItsOldPosition() {
        String text = "abc xyz abc xyz abc xyz abc";
        TextQuote quote = new TextQuote("abc", "", "");
        AnchorResult r = Anchorer.anchor(text, quote, 17, 19);
        assertThat(r.start()).isEqualTo(16);
    }

    @Test
    void aQuoteWithoutAPositionIsFoundByItsText() {
        AnchorResult r = Anchorer.anchor(P1 + P2, new TextQuote("sharply", "Prices rose ", " in the"));
        assertThat(r.outcome()).isEqualTo(Outcome.MOVED);
        assertThat(r.start()).isEqualTo((P1 + P2).indexOf("sharply"));
    }

    @Test
    void anOrphanKeepsItsPositionClampedIntoTheNewText() {
        AnchorResult r = Anchorer.anchor("short", new TextQuote("gone entirely", "", ""), 40, 53);
        assertThat(r.outcome()).isEqualTo(Outcome.ORPHANED);
        assertThat(r.start()).isEqualTo(5);
        assertThat(r.end()).isEqualTo(5);
    }
}
