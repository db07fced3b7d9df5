package org.glossa.core.export.webannotation;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.api.constraints.Chars;

class CodePointsTest {

    @Property(tries = 500)
    void agreesWithTheJdkOnEveryOffset(
            @ForAll @StringLength(max = 40) @Chars({'a', 'b', '\uD83D', '\uDE00', '\uD840', '\uDC0B', 'é'}) String text,
            @ForAll @IntRange(min = -2, max = 45) int offset) {
        CodePoints cp = new CodePoints(text);
        int clamped = Math.max(0, Math.min(offset, text.length()));
        int total = text.codePointCount(0, text.length());
        assertThat(cp.fromUtf16(offset)).isEqualTo(text.codePointCount(0, clamped));
        int wanted = Math.max(0, Math.min(offset, total));
        assertThat(cp.toUtf16(offset)).isEqualTo(text.offsetByCodePoints(0, wanted));
    }
}
