package org.glossa.core.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.glossa.model.BlockKind;
import org.glossa.model.ImportedDocument;
import org.junit.jupiter.api.Test;

/** How a web page's reading is chosen (article, unsure article, whole page) and bounded. */
class HtmlExtractionTest {
    private static final String ARTICLE = "<article><h1>The headline of it</h1>"
            + ("<p>Rivers carry the silt of the mountains down to the sea, and the deltas they build, grain by grain,"
            + " are where most people on the coast now live, farm and fish. </p>").repeat(4) + "</article>";

    /** A site menu of many links, longer than the article beside it. */
    private static String menu() {
        StringBuilder ul = new StringBuilder("<div class=\"links\"><ul>");
        for (int i = 0; i < 120; i++) {
            ul.append("<li><a href=\"/section/").append(i).append("\">Menu section number ").append(i).append("</a></li>");
        }
        return ul.append("</ul></div>").toString();
    }

    private static String page(String body) {
        return "<!doctype html><html><head><title>The headline of it</title></head><body>" + body + "</body></html>";
    }

    @Test
    void aSmallArticleNextToABigMenuIsKeptAndMarkedUnsure() throws Exception {
        ImportedDocument doc = new HtmlImporter().parse(page(menu() + ARTICLE), "p.html");
        assertThat(doc.content().text()).contains("Rivers carry the silt").doesNotContain("Menu section");
        assertThat(doc.metadata()).containsEntry(HtmlImporter.EXTRACTION, HtmlImporter.ARTICLE_UNSURE);
    }

    /** A list whose items are each one figure, or one picture and nothing else, or a picture beside more. */
    private static String gallery(String item) {
        return "<ul>" + item.repeat(3) + "</ul>";
    }

    @Test
    void aListOfFiguresInTheArticleKeepsItsCaptionsWhileAListOfPicturesAndLinksGoes() throws Exception {
        String figures = gallery("<li><figure><img src=\"delta.jpg\" alt=\"A delta\"><figcaption>The delta from the air"
                + "</figcaption></figure></li>");
        String teasers = gallery("<li><img src=\"t.jpg\" alt=\"\"><a href=\"/more\">Read another story here</a></li>");
        String body = "<article><h1>The headline of it</h1>" + ARTICLE.substring("<article><h1>The headline of it</h1>".length(),
                ARTICLE.length() - "</article>".length()) + figures + "<p>" + "Deltas move. ".repeat(12) + "</p>" + teasers + "</article>";
        ImportedDocument doc = new HtmlImporter().parse(page(body), "p.html");
        String text = doc.content().text();
        assertThat(text.split("The delta from the air", -1)).as("every caption of the gallery").hasSize(4);
        assertThat(text).doesNotContain("Read another story");
        assertThat(ArticleExtractor.isPictureList(org.jsoup.Jsoup.parse(figures).selectFirst("ul"))).isTrue();
        assertThat(ArticleExtractor.isPictureList(org.jsoup.Jsoup.parse(teasers).selectFirst("ul"))).isFalse();
    }

    @Test
    void theWholePageCanBeAskedFor() throws Exception {
        ImportedDocument doc = HtmlImporter.wholePage().parse(page(menu() + ARTICLE), "p.html");
        assertThat(doc.content().text()).contains("Rivers carry the silt").contains("Menu section number 7");
        assertThat(doc.metadata()).containsEntry(HtmlImporter.EXTRACTION, HtmlImporter.WHOLE_PAGE);
    }

    @Test
    void aClearArticleCarriesNoExtractionMark() throws Exception {
        ImportedDocument doc = new HtmlImporter().parse(page(ARTICLE), "p.html");
        assertThat(doc.metadata()).doesNotContainKey(HtmlImporter.EXTRACTION);
    }

    @Test
    void extractionFailsOnlyWithoutACandidateOrWithAScrapOfAMuchLongerPage() {
        String page = "word ".repeat(400);
        org.jsoup.nodes.Element scrap = new org.jsoup.nodes.Element("div").text("A short note to read.");
        org.jsoup.nodes.Element article = new org.jsoup.nodes.Element("div").text("word ".repeat(120));
        assertThat(HtmlImporter.failed(null, page)).isTrue();
        assertThat(HtmlImporter.failed(scrap, page)).isTrue();
        assertThat(HtmlImporter.failed(scrap, "A short note to read. Home")).isFalse();
        assertThat(HtmlImporter.failed(article, page)).isFalse();
    }

    @Test
    void photoCaptionsInAListAreCaptionsNotBulletItems() throws Exception {
        ImportedDocument doc = new HtmlImporter().parse(page(ARTICLE.replace("</article>",
                "<ul><li><figure><img src=\"a.jpg\" alt=\"A delta seen from above\"><figcaption>The Nile delta at night."
                        + "</figcaption></figure></li></ul></article>")), "p.html");
        String text = doc.content().text();
        assertThat(text).contains("The Nile delta at night.").doesNotContain("\u2022");
        assertThat(doc.content().blocks()).filteredOn(b -> b.kind() == BlockKind.CAPTION)
                .extracting(b -> text.substring(b.start(), b.end())).containsExactly("The Nile delta at night.");
        assertThat(doc.content().blocks()).noneMatch(b -> b.kind() == BlockKind.LIST_ITEM);
    }

    @Test
    void anImagesDescriptionIsNotPartOfAWebPagesText() throws Exception {
        ImportedDocument doc = new HtmlImporter().parse(page(ARTICLE.replace("</article>",
                "<p><img src=\"a.jpg\" alt=\"Fishing boats on the shore\"> Boats wait for the tide.</p></article>")), "p.html");
        assertThat(doc.content().text()).contains("Boats wait for the tide.").doesNotContain("Fishing boats");
    }

    @Test
    void aPageNested200000DeepIsReadFlattened() throws Exception {
        String deep = "<div>".repeat(200_000) + "<p>The bottom of a very deep page.</p>";
        ImportedDocument doc = new Importers().read(page(deep).getBytes(StandardCharsets.UTF_8), "deep.html");
        assertThat(doc.content().text()).isEqualTo("The bottom of a very deep page.");
        assertThat(doc.metadata()).containsEntry(HtmlImporter.EXTRACTION, HtmlImporter.WHOLE_PAGE);
    }

    @Test
    void aPageWithTooManyElementsIsRefusedInOneLine() {
        String many = "<b>x</b>".repeat(HtmlBounds.MAX_ELEMENTS + 1);
        assertThatThrownBy(() -> new Importers().read(page(many).getBytes(StandardCharsets.UTF_8), "many.html"))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("many.html has").hasMessageContaining("elements").hasMessageNotContaining("\n");
    }

    @Test
    void aReadingPastItsDeadlineStopsWithAClearMessage() {
        HtmlBounds.Deadline passed = new HtmlBounds.Deadline("slow.html", -1);
        ContentBuilder out = new ContentBuilder();
        assertThatThrownBy(() -> new HtmlContentWalker(out, false, false, null, passed).walk(
                org.jsoup.Jsoup.parse(page(ARTICLE)).body()))
                .isInstanceOf(HtmlBounds.TooSlow.class).hasMessageStartingWith("slow.html took longer than");
    }

    private static String paragraph(String subject) {
        return "<p>In these films " + subject + " lives the same day again, or the same hour, and remembers it,"
                + " while nobody else does, until something is set right at last.</p>";
    }

    @Test
    void aListArticleKeepsTheParagraphsAroundItsLongTable() throws Exception {
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            rows.append("<tr><td>Film number ").append(i).append("</td><td>").append(1950 + i).append("</td><td><p>A person")
                    .append(" wakes on the same morning again, and again, and tries, each time a little wiser, to change")
                    .append(" what the day brings.</p></td></tr>");
        }
        String body = "<div class=\"main-content\"><div class=\"parser-output\">" + paragraph("a character").repeat(4)
                + paragraph("the hero") + "<table><caption>Films with loops</caption><thead><tr><th>Film</th><th>Year</th>"
                + "<th>Story</th></tr></thead><tbody>" + rows + "</tbody></table><div class=\"notes\"><div class=\"list\">"
                + paragraph("a detective").repeat(3) + "</div></div></div></div>";
        String text = new HtmlImporter().parse(page(body), "p.html").content().text();
        assertThat(text).contains("Film number 59").contains("In these films the hero").contains("Films with loops");
    }

    @Test
    void anArticleBodyNamedByAShareWidgetIsKeptWhileTheShareButtonsGo() throws Exception {
        String river = "<p>The river carried the silt of the mountains down to the sea, and the delta it built, grain by"
                + " grain, is where most people on the coast now live, farm and fish.</p>";
        String sea = "<p>The sea took back a little of the delta every winter, and the people on the coast moved their"
                + " fields, houses and boats inland, field by field, year after year.</p>";
        String body = "<div class=\"story-body\"><div class=\"entry-text\" id=\"share-bar-2_containerParent\">" + river.repeat(4) + "</div>"
                + "<div class=\"more\">" + sea.repeat(4) + "</div><div class=\"share-buttons\"><a href=\"/s\">Share it</a>"
                + " <a href=\"/t\">Post it</a></div></div>";
        String text = new HtmlImporter().parse(page(body), "p.html").content().text();
        assertThat(text).contains("The river carried").contains("The sea took back").doesNotContain("Share it");
    }
}
