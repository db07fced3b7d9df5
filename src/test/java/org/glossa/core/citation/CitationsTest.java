package org.glossa.core.citation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.glossa.core.GlossaException;
import org.glossa.core.Library;
import org.glossa.core.importing.Samples;
import org.glossa.model.Annotation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Citations follow the style guides' patterns. APA 7 (Publication Manual 8.11, 8.13, 9.4, 10.16):
 * in text "(Author, Year, p. N)"; reference "Surname, I. (Year, Month Day). Title. Site. URL".
 * Chicago 17 author-date (15.9, 15.22, 15.51): in text "(Author Year, N)"; reference
 * "Surname, Given. Year. “Title.” Site, Month Day, Year. URL." The expected strings are made
 * from those patterns and the document's metadata, not taken from the formatter's output.
 */
class CitationsTest {
    @TempDir
    Path dir;
    Library lib;

    @BeforeEach
    void open() {
        lib = Library.open(dir.resolve("library.sqlite"));
    }

    @AfterEach
    void close() {
        lib.close();
    }

    private long webPage() throws Exception {
        String html = "<html lang=en><head><title>Wheat and tariffs | Farm News</title>"
                + "<meta property=\"og:title\" content=\"Wheat and tariffs\">"
                + "<meta property=\"og:site_name\" content=\"Farm News\">"
                + "<meta name=\"author\" content=\"Ann Lee\">"
                + "<meta property=\"article:published_time\" content=\"2021-05-18T10:00:00Z\">"
                + "<link rel=canonical href=\"https://news.example.org/wheat\"></head><body><article>"
                + "<h1>Wheat and tariffs</h1><p>Farmers have long argued about the price of wheat and the"
                + " tariffs that protect it, and the argument is older than any of them.</p>"
                + "<h2>The price of bread</h2><p>Bread followed wheat upwards within a single season, and"
                + " bakers passed the cost on to everyone who bought a loaf that winter.</p>"
                + "</article></body></html>";
        return lib.importBytes(html.getBytes(StandardCharsets.UTF_8), "wheat.html").id();
    }

    private Citation cite(long doc, String quote, CitationStyle style) {
        Annotation a = lib.annotateQuote(doc, quote, 1, "yellow", "", List.of());
        return lib.citations().cite(a.id(), style);
    }

    @Test
    void apaCitesAWebPageByAuthorYearAndSection() throws Exception {
        Citation c = cite(webPage(), "passed the cost on", CitationStyle.APA);
        assertThat(c.inText()).startsWith("(Lee, 2021").endsWith(")").contains("The price of bread");
        assertThat(c.reference()).startsWith("Lee, A. (2021, May 18). Wheat and tariffs.")
                .contains("Farm News").endsWith("https://news.example.org/wheat");
        assertThat(c.text()).startsWith("\u201cpassed the cost on\u201d (Lee, 2021");
        assertThat(c.html()).as("the title in italics, as a word processor pastes it")
                .contains("<span style=\"font-style: italic\">Wheat and tariffs</span>");
    }

    @Test
    void chicagoAuthorDateHasNoCommaBeforeTheYearAndQuotesTheTitle() throws Exception {
        Citation c = cite(webPage(), "argued about the price", CitationStyle.CHICAGO);
        assertThat(c.inText()).startsWith("(Lee 2021");
        assertThat(c.reference()).startsWith("Lee, Ann. 2021. \u201cWheat and Tariffs.\u201d")
                .contains("Farm News").contains("May 18, 2021").endsWith("https://news.example.org/wheat.");
    }

    @Test
    void aPdfPassageIsCitedWithItsPage() throws Exception {
        long doc = lib.importBytes(Samples.pdf(List.of(List.of("The first page speaks of wheat."),
                List.of("The second page speaks of tariffs."))), "report.pdf").id();
        assertThat(cite(doc, "speaks of tariffs", CitationStyle.APA).inText()).endsWith(", p. 2)");
        assertThat(cite(doc, "speaks of wheat", CitationStyle.CHICAGO).inText()).endsWith(", 1)");
    }

    @Test
    void theChosenStyleIsKeptAndAnUnknownOneIsRefusedInOneLine() {
        assertThat(lib.citations().preferredStyle()).isEqualTo(CitationStyle.APA);
        lib.citations().setPreferredStyle(CitationStyle.CHICAGO);
        assertThat(lib.citations().preferredStyle()).isEqualTo(CitationStyle.CHICAGO);
        assertThatThrownBy(() -> CitationStyle.parse("mla")).isInstanceOf(GlossaException.class)
                .hasMessage("Unknown citation style 'mla'; use apa or chicago.");
    }
}
