package org.glossa.core.anchoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.glossa.model.TextQuote;

/**
 * Random texts, random highlights, random edits: a highlight whose passage and context no edit
 * touched must land exactly on its passage in the new text.
 */
class AnchorerProperties {
    private static final List<String> WORDS = List.of("the", "city", "winter", "prices", "rose", "wages", "bank",
            "rate", "and", "of", "a", "was", "not", "economists", "rouble", "savers", "next", "year", "Москва", "😀",
            "inflation", "stubborn", "despite", "earlier", "central", "key", "third", "time", "\n");

    record Edit(double at, int delete, String insert) {
    }

    record Scenario(String text, List<int[]> highlights, List<Edit> edits) {
    }

    @Provide
    Arbitrary<Scenario> scenarios() {
        Arbitrary<String> text = Arbitraries.of(WORDS).list().ofMinSize(30).ofMaxSize(400)
                .map(ws -> String.join(" ", ws));
        Arbitrary<Edit> edit = Combinators.combine(Arbitraries.doubles().between(0, 1),
                Arbitraries.integers().between(0, 40),
                Arbitraries.of(WORDS).list().ofMaxSize(12).map(ws -> String.join(" ", ws))).as(Edit::new);
        Arbitrary<double[]> highlight = Combinators.combine(Arbitraries.doubles().between(0, 1),
                Arbitraries.integers().between(1, 150)).as((a, len) -> new double[] {a, len});
        return Combinators.combine(text, highlight.list().ofMinSize(1).ofMaxSize(8), edit.list().ofMinSize(1).ofMaxSize(6))
                .as((t, hs, es) -> {
                    List<int[]> ranges = new ArrayList<>();
                    for (double[] h : hs) {
                        int s = (int) (h[0] * (t.length() - 1));
                        int e = Math.min(t.length(), s + (int) h[1]);
                        if (Character.isLowSurrogate(t.charAt(s))) {
                            s--;
                        }
                        if (e < t.length() && Character.isLowSurrogate(t.charAt(e))) {
                            e++;
                        }
                        if (!t.substring(s, e).isBlank()) {
                            ranges.add(new int[] {s, e});
                        }
                    }
                    return new Scenario(t, ranges, es);
                });
    }

    @Property(tries = 300)
    void anUntouchedPassageAnchorsExactlyToItsNewPosition(@ForAll("scenarios") Scenario s) {
        String text = s.text();
        // track each highlight's window (context + passage) through the edits; null once touched
        List<int[]> windows = new ArrayList<>();
        for (int[] h : s.highlights()) {
            TextQuote q = TextQuote.of(text, h[0], h[1]);
            windows.add(new int[] {h[0] - q.prefix().length(), h[0], h[1], h[1] + q.suffix().length()});
        }
        for (Edit e : s.edits()) {
            int at = (int) (e.at() * text.length());
            int to = Math.min(text.length(), at + e.delete());
            if (at > 0 && at < text.length() && Character.isLowSurrogate(text.charAt(at))) {
                at--;
            }
            if (to < text.length() && Character.isLowSurrogate(text.charAt(to))) {
                to++;
            }
            text = text.substring(0, at) + e.insert() + text.substring(to);
            int shift = e.insert().length() - (to - at);
            for (int i = 0; i < windows.size(); i++) {
                int[] w = windows.get(i);
                if (w == null) {
                    continue;
                }
                if (to <= w[0] && at < w[0]) {
                    windows.set(i, new int[] {w[0] + shift, w[1] + shift, w[2] + shift, w[3] + shift});
                } else if (at < w[3] || (at == w[3] && to > at)) {
                    windows.set(i, null);
                }
            }
        }
        for (int i = 0; i < windows.size(); i++) {
            int[] w = windows.get(i);
            int[] old = s.highlights().get(i);
            if (w == null || !uniqueWindow(text, w)) {
                continue;
            }
            AnchorResult r = Anchorer.anchor(text, TextQuote.of(s.text(), old[0], old[1]), old[0], old[1]);
            assertThat(new int[] {r.start(), r.end()}).containsExactly(w[1], w[2]);
            assertThat(r.outcome()).isIn(AnchorResult.Outcome.KEPT, AnchorResult.Outcome.MOVED);
        }
    }

    /** With the same context and passage twice, no anchorer could tell which one was meant. */
    private static boolean uniqueWindow(String text, int[] w) {
        String window = text.substring(w[0], w[3]);
        return text.indexOf(window) == text.lastIndexOf(window);
    }
}
