package org.glossa.core.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MarkdownEscapingTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "plain                   | \"plain\"",
            "a: b                    | \"a: b\"",
            "`say \"hi\"`            | `\"say \\\"hi\\\"\"`",
            "`back\\slash`           | `\"back\\\\slash\"`",
            "- leading dash          | \"- leading dash\"",
    })
    void frontMatterValuesAreDoubleQuotedYaml(String value, String yaml) {
        assertThat(MarkdownExport.yaml(value)).isEqualTo(yaml);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "<script>alert(1)</script> | &lt;script>alert(1)&lt;/script>",
            "a < b & c > d             | a &lt; b & c > d",
    })
    void rawHtmlInNotesAndQuotesIsNotMarkup(String typed, String written) {
        assertThat(MarkdownExport.text(typed)).isEqualTo(written);
    }

    @org.junit.jupiter.api.Test
    void controlCharactersAreEscaped() {
        assertThat(MarkdownExport.yaml("line\nbreak\tand tab")).isEqualTo("\"line\\nbreak\\tand tab\"");
        assertThat(MarkdownExport.yaml("bell\u0007")).isEqualTo("\"bell\\x07\"");
    }
}
