package org.glossa.core.anchoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class ApproximateMatcherTest {

    @Test
    void findsAnExactOccurrenceWithNoErrors() {
        assertThat(ApproximateMatcher.search("the cat sat on the mat", "sat on", 3))
                .containsExactly(new ApproximateMatcher.Match(8, 14, 0));
    }

    @Test
    void findsATypoWithOneErrorAndItsWholeExtent() {
        assertThat(ApproximateMatcher.search("the cat sat on the mat", "sit on", 3))
                .containsExactly(new ApproximateMatcher.Match(8, 14, 1));
    }

    @Test
    void findsAQuoteLongerThanOneMachineWordWithEditsInEveryBlock() {
        String quote = "In the beginning the Universe was created. This has made a lot of people very angry "
                + "and been widely regarded as a bad move. Many races believe that it was created by some sort "
                + "of god, though the Jatravartid people of Viltvodle VI believe otherwise.";
        String edited = quote.replace("Universe", "universe").replace("very angry", "very, very angry")
                .replace("Jatravartid", "Jatravartids");
        String text = "Preface. " + "x".repeat(500) + " " + edited + " and so on.";
        List<ApproximateMatcher.Match> found = ApproximateMatcher.search(text, quote, 30);
        int at = text.indexOf(edited);
        assertThat(quote.length()).isGreaterThan(3 * 64);
        assertThat(found).containsExactly(new ApproximateMatcher.Match(at, at + edited.length(), 8));
    }

    @Test
    void findsNothingWhenEveryCandidateNeedsMoreThanTheAllowedErrors() {
        assertThat(ApproximateMatcher.search("abcdefgh", "xyz", 1)).isEmpty();
        assertThat(ApproximateMatcher.search("", "xyz", 1)).isEmpty();
        assertThat(ApproximateMatcher.search("abc", "", 1)).isEmpty();
    }

    @Test
    void allowsAtMostHalfTheQuoteAndNeverMoreThan256Errors() {
        assertThat(ApproximateMatcher.maxErrorsFor(10)).isEqualTo(5);
        assertThat(ApproximateMatcher.maxErrorsFor(2000)).isEqualTo(256);
    }

    @Test
    void handlesCharactersOutsideAscii() {
        String text = "Он сказал: «Москва 😀 не сразу строилась»";
        assertThat(ApproximateMatcher.search(text, "Масква 😀", 2))
                .containsExactly(new ApproximateMatcher.Match(text.indexOf("Москва"), text.indexOf("😀") + 2, 1));
    }

    @Property(tries = 300)
    void distanceAgreesWithTheTextbookTable(@ForAll @StringLength(max = 150) @CharRange(from = 'a', to = 'd') String a,
                                            @ForAll @StringLength(max = 150) @CharRange(from = 'a', to = 'd') String b) {
        assertThat(ApproximateMatcher.distance(a, b)).isEqualTo(levenshtein(a, b));
    }

    @Property(tries = 200)
    void everyMatchHasTheFewestErrorsOfAnySubstring(
            @ForAll @StringLength(min = 1, max = 200) @CharRange(from = 'a', to = 'c') String text,
            @ForAll @StringLength(min = 1, max = 140) @CharRange(from = 'a', to = 'c') String pattern) {
        int fewest = fewestErrors(text, pattern);
        List<ApproximateMatcher.Match> found = ApproximateMatcher.search(text, pattern, pattern.length());
        assertThat(found).isNotEmpty();
        for (ApproximateMatcher.Match m : found) {
            assertThat(m.errors()).isEqualTo(fewest);
            assertThat(levenshtein(text.substring(m.start(), m.end()), pattern)).isEqualTo(fewest);
        }
    }

    /** The classic O(n*m) table, the reference the bit-parallel code must agree with. */
    static int levenshtein(String a, String b) {
        int[] prev = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int[] cur = new int[b.length() + 1];
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            prev = cur;
        }
        return prev[b.length()];
    }

    /** Sellers' table: the pattern may start and end anywhere in the text. */
    private static int fewestErrors(String text, String pattern) {
        int[] col = new int[pattern.length() + 1];
        for (int i = 0; i <= pattern.length(); i++) {
            col[i] = i;
        }
        int best = col[pattern.length()];
        for (int j = 1; j <= text.length(); j++) {
            int[] next = new int[pattern.length() + 1];
            for (int i = 1; i <= pattern.length(); i++) {
                int sub = col[i - 1] + (pattern.charAt(i - 1) == text.charAt(j - 1) ? 0 : 1);
                next[i] = Math.min(sub, Math.min(col[i] + 1, next[i - 1] + 1));
            }
            col = next;
            best = Math.min(best, col[pattern.length()]);
        }
        return best;
    }
}
