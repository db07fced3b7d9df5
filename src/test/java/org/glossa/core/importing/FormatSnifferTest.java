package org.glossa.core.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.glossa.Fixtures;
import org.glossa.core.importing.FormatSniffer.Format;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FormatSnifferTest {
    private static Arguments text(String content, String name, Format expected) {
        return Arguments.of(name + ": " + content.lines().findFirst().orElse(""),
                content.getBytes(StandardCharsets.UTF_8), name, expected);
    }

    private static Arguments bytes(String what, byte[] content, String name, Format expected) {
        return Arguments.of(what, content, name, expected);
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                text("Just a plain note.\nWith two lines.", "note.txt", Format.TEXT),
                text("Just a plain note.", "note.md", Format.MARKDOWN),
                text("# Title\n\nSome **bold** text.", "note.txt", Format.MARKDOWN),
                text("A single * star and a [bracket] are not Markdown.", "", Format.TEXT),
                text("- one\n- two\n\nSee [here](http://x.org).", "list", Format.MARKDOWN),
                text("<!DOCTYPE html><html><body>x</body></html>", "page.txt", Format.HTML),
                text("\ufeff<html><p>x</p></html>", "", Format.HTML),
                text("<?xml version=\"1.0\"?>\n<!-- c -->\n<html>", "", Format.HTML),
                text("plain words", "page.htm", Format.HTML),
                bytes("PDF magic", "%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII), "book.txt", Format.PDF),
                bytes("EPUB (zip) magic", new byte[] {'P', 'K', 3, 4, 'm', 'i'}, "book.txt", Format.EPUB),
                bytes("NUL bytes", new byte[] {'a', 0, 'b', 'c'}, "a.txt", Format.BINARY),
                bytes("many control bytes", new byte[] {1, 2, 3, 4, 5, 'a'}, "a.md", Format.BINARY),
                bytes("UTF-16 with BOM is not binary", "hello".getBytes(StandardCharsets.UTF_16), "a.txt", Format.TEXT),
                bytes("the sample", Fixtures.sampleBytes(), "000_99100116381ce573.txt", Format.MARKDOWN));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theFormatComesFromContentFirstThenTheName(String what, byte[] content, String name, Format expected) {
        assertThat(FormatSniffer.sniff(content, name)).isEqualTo(expected);
    }
}
