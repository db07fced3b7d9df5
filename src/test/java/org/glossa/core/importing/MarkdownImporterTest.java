package org.glossa.core.importing;

import static org.assertj.core.api.Assertions.assertThat;

import org.glossa.model.ImportedDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MarkdownImporterTest {
    private static ImportedDocument parse(String markdown) {
        return new MarkdownImporter().parse(markdown, "notes.md");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "By Marianna Belenkaya|Marianna Belenkaya",
        "By Marianna   Belenkaya|Marianna Belenkaya",
        "By [Marianna Belenkaya](#)|Marianna Belenkaya",
        "by Ludwig van Beethoven|Ludwig van Beethoven",
        "BY JOHN SMITH and Jane Doe|JOHN SMITH and Jane Doe",
        "By Dr. J. R. R. Tolkien|Dr. J. R. R. Tolkien",
    })
    void anEarlyBylineNamesTheAuthor(String byline, String author) {
        assertThat(parse("# Title\n\n" + byline + "\n\nBody.\n").author()).isEqualTo(author);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "By 2030, the city will have grown by a third.",
        "by the way, this is fine",
        "By Moscow standards, this language is unusually strong.",
    })
    void aSentenceThatStartsWithByIsNotAByline(String sentence) {
        ImportedDocument doc = parse("# Title\n\n" + sentence + "\n\nBody.\n");
        assertThat(doc.author()).isNull();
        assertThat(doc.content().text()).contains(sentence);
    }

    @Test
    void theTitleIsSpelledExactlyAsTheHeadingReads() {
        ImportedDocument doc = parse("#   Two  spaces   and *emphasis*  \n\nBody.\n");
        String text = doc.content().text();
        assertThat(doc.title()).isEqualTo(text.substring(0, text.indexOf('\n')));
    }

    @Test
    void aSourceLineAtTheEndBecomesTheSource() {
        ImportedDocument doc = parse("# Title\n\nBody.\n\nOriginal url:\n\nhttps://example.org/page\n");
        assertThat(doc.source()).isEqualTo("https://example.org/page");
        assertThat(doc.content().text()).isEqualTo("Title\n\nBody.");
    }

    @Test
    void frontMatterGivesTitleAuthorAndSourceAndIsNotText() {
        ImportedDocument doc = parse("---\ntitle: \"Notes on \\\"Zo\u00eb\\\"\"\nauthor: 'Ann Lee'\n"
                + "source: https://example.org/a\ntags:\n  - one\n---\n\n# Heading\n\nBody.\n");
        assertThat(doc.title()).isEqualTo("Notes on \"Zo\u00eb\"");
        assertThat(doc.author()).isEqualTo("Ann Lee");
        assertThat(doc.source()).isEqualTo("https://example.org/a");
        assertThat(doc.content().text()).isEqualTo("Heading\n\nBody.");
    }

    @Test
    void aRuleAtTheStartFollowedByProseIsKeptAsText() {
        ImportedDocument doc = parse("---\nThis is prose, not metadata.\n\n---\n\nMore.\n");
        assertThat(doc.content().text()).contains("This is prose, not metadata.").contains("More.");
    }
}
