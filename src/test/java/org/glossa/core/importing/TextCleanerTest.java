package org.glossa.core.importing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import java.util.stream.Stream;

class TextCleanerTest {
    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("CRLF", "a\r\nb\r\n", "a\nb\n"),
                Arguments.of("lone CR", "a\rb", "a\nb"),
                Arguments.of("BOM at start", "\ufeffTitle", "Title"),
                Arguments.of("BOM inside", "ab\ufeffc", "abc"),
                Arguments.of("zero-width space", "zero\u200bwidth", "zerowidth"),
                Arguments.of("word joiner", "a\u2060b", "ab"),
                Arguments.of("soft hyphen", "hy\u00adphen", "hyphen"),
                Arguments.of("NBSP", "10\u00a0km", "10 km"),
                Arguments.of("narrow NBSP", "10\u202fkm", "10 km"),
                Arguments.of("figure space", "1\u20070", "1 0"),
                Arguments.of("C0 and C1 controls", "a\u0007b\u0085c", "abc"),
                Arguments.of("tab kept", "a\tb", "a\tb"),
                Arguments.of("NFC", "Zoe\u0308 cafe\u0301", "Zo\u00eb caf\u00e9"),
                Arguments.of("Cyrillic untouched", "\u041c\u043e\u0441\u043a\u0432\u0430", "\u041c\u043e\u0441\u043a\u0432\u0430"),
                Arguments.of("null", null, ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void cleaningNormalisesLineEndsInvisiblesSpacesAndComposition(String what, String in, String expected) {
        assertThat(TextCleaner.clean(in)).isEqualTo(expected);
    }
}
