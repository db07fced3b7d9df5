package org.glossa.core.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.glossa.core.importing.FormatSniffer.Format;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FormatSnifferMoreTest {
    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("%PDF-1.7\n...", "paper.txt", Format.PDF),
                Arguments.of("PK\u0003\u0004rest", "book.zip", Format.EPUB),
                Arguments.of("<!DOCTYPE html><p>x", "page.txt", Format.HTML),
                Arguments.of("\ufeff<html><body>x", "", Format.HTML),
                Arguments.of("<?xml version=\"1.0\"?>\n<!-- c -->\n<html xmlns=\"http://www.w3.org/1999/xhtml\">", "", Format.HTML),
                Arguments.of("<p>fragment</p>", "saved.htm", Format.HTML),
                Arguments.of("# Title\n\nSome **bold** text and [a](http://x)", "notes", Format.MARKDOWN),
                Arguments.of("plain words", "notes.md", Format.MARKDOWN),
                Arguments.of("Just a plain letter.\n\nRegards.", "letter", Format.TEXT),
                Arguments.of("a\u0000b\u0000c", "a.txt", Format.BINARY));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void contentDecidesFirstThenTheName(String content, String name, Format expected) {
        byte[] bytes = content.getBytes(StandardCharsets.ISO_8859_1);
        if (content.startsWith("\ufeff")) {
            bytes = content.getBytes(StandardCharsets.UTF_8);
        }
        assertThat(FormatSniffer.sniff(bytes, name)).isEqualTo(expected);
    }
}
