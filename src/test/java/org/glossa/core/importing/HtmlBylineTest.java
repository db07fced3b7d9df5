package org.glossa.core.importing;

import static org.assertj.core.api.Assertions.assertThat;

import org.glossa.model.ImportedDocument;
import org.glossa.model.MarkKind;
import org.junit.jupiter.api.Test;

/** Title, byline, date and site of a web page come from what it says about itself, and stay out of the text. */
class HtmlBylineTest {
    private static final String PARAGRAPHS = ("<p>The river carried silt from the hills to the plain for a thousand"
            + " years, and the farmers of the delta learned to read its floods like a calendar.</p>").repeat(5);

    private static ImportedDocument read(String head, String article) throws Exception {
        return new HtmlImporter().parse("<!doctype html><html><head><title>Deltas | The Site | Jane Doe</title>" + head
                + "</head><body><article>" + article + "</article></body></html>", "page.html");
    }

    @Test
    void jsonLdGivesTitleAuthorsSiteAndDate() throws Exception {
        ImportedDocument doc = read("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
                + "\"@type\":\"NewsArticle\",\"headline\":\"Deltas\",\"author\":[{\"@type\":\"Person\",\"name\":\"Jane Doe\"},"
                + "{\"name\":\"Ann Lee\"}],\"datePublished\":\"2024-04-20T04:20:00Z\",\"publisher\":{\"name\":\"The Site\"}}"
                + "</script><meta name=\"author\" content=\"Someone Else\">", "<h1>Deltas</h1>" + PARAGRAPHS);
        assertThat(doc.title()).isEqualTo("Deltas");
        assertThat(doc.author()).isEqualTo("Jane Doe, Ann Lee");
        assertThat(doc.metadata()).containsEntry("siteName", "The Site").containsEntry("publishedTime", "2024-04-20T04:20:00Z");
        assertThat(doc.content().text()).startsWith("The river carried silt");
    }

    @Test
    void jsonLdThatIsNotSchemaOrgOrDoesNotParseIsPassedOver() throws Exception {
        ImportedDocument doc = read("<script type=\"application/ld+json\">{\"@context\":\"https://example.org\","
                + "\"@type\":\"NewsArticle\",\"author\":{\"name\":\"Wrong\"}}</script>"
                + "<script type=\"application/ld+json\">{not json</script><meta name=\"author\" content=\"Jane Doe\">",
                PARAGRAPHS);
        assertThat(doc.author()).isEqualTo("Jane Doe");
    }

    @Test
    void ofRepeatedMetaTagsTheLastCountsAndDublinCoreComesBeforeAuthor() throws Exception {
        ImportedDocument doc = read("<meta name=\"author\" content=\"Meta author\"><meta name=\"DC.creator\" content=\"Old\">"
                + "<meta property=\"dc:creator\" content=\"Dublin Core author\">", PARAGRAPHS);
        assertThat(doc.author()).isEqualTo("Dublin Core author");
    }

    @Test
    void aBylineOnThePageIsTakenFromItsNamePartAndLeavesTheText() throws Exception {
        ImportedDocument doc = read("", "<h1>Deltas</h1><p class=\"byline\" itemprop=\"author\">By <a rel=\"author\">"
                + "<span itemprop=\"name\">Jane Doe</span></a> - <time>Apr 16, 2015</time></p>" + PARAGRAPHS);
        assertThat(doc.author()).isEqualTo("Jane Doe");
        assertThat(doc.content().text()).startsWith("The river carried silt").doesNotContain("Jane Doe");
    }

    @Test
    void aClassThatOnlyContainsTheLettersOfAuthorIsNoByline() {
        var body = org.jsoup.Jsoup.parse("<div id=\"authorization\">Sign in | Sign up</div>"
                + "<div class=\"article-author\">Jane Doe</div>").body();
        assertThat(HtmlByline.takeFrom(body)).isEqualTo("Jane Doe");
        assertThat(body.text()).isEqualTo("Sign in | Sign up");
    }

    @Test
    void aFirstLineThatRepeatsTheMetadataBylineIsNotText() throws Exception {
        ImportedDocument doc = read("<meta name=\"author\" content=\"Jane Doe\">", "<h1>Deltas</h1><div><p>By Jane Doe</p></div>"
                + PARAGRAPHS + "<p>Jane Doe wrote this in the delta.</p>");
        assertThat(doc.content().text()).startsWith("The river carried silt").contains("Jane Doe wrote this");
    }

    @Test
    void linksToAPlaceInThePageKeepTheirFragmentAndThePlaceIsATarget() throws Exception {
        ImportedDocument doc = read("", "<p>See <a href=\"#n1\">note one</a>.</p>" + PARAGRAPHS
                + "<p id=\"n1\">Note one: the floods.</p>");
        String text = doc.content().text();
        assertThat(doc.content().marks()).anySatisfy(m -> {
            assertThat(m.kind()).isEqualTo(MarkKind.LINK);
            assertThat(m.href()).isEqualTo("#n1");
        });
        assertThat(doc.content().marks()).anySatisfy(m -> {
            assertThat(m.kind()).isEqualTo(MarkKind.TARGET);
            assertThat(m.href()).isEqualTo("n1");
            assertThat(text.substring(m.start()).strip()).startsWith("Note one: the floods.");
        });
    }
}
