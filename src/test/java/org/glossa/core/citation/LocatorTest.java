package org.glossa.core.citation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.glossa.core.Library;
import org.glossa.core.importing.Samples;
import org.glossa.model.Annotation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocatorTest {
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

    private Location locationOf(long doc, String quote) {
        Annotation a = lib.annotateQuote(doc, quote, 1, "yellow", "", List.of());
        return lib.citations().location(a.id());
    }

    @Test
    void aPassageOfAPdfIsCitedByItsPage() throws Exception {
        long doc = lib.importBytes(Samples.pdf(List.of(List.of("The first page speaks of wheat."),
                List.of("The second page speaks of tariffs."), List.of("The third page speaks of bread."))), "r.pdf").id();
        Location where = locationOf(doc, "speaks of tariffs");
        assertThat(where.page()).isEqualTo("2");
        assertThat(where.label()).isEqualTo("p. 2");
        assertThat(locationOf(doc, "speaks of bread").label()).isEqualTo("p. 3");
    }

    @Test
    void aPassageOfABookIsCitedByItsChapterEvenInsideASection() throws Exception {
        long doc = lib.importBytes(epub(List.of(
                "<h1>Chapter One: Wheat</h1><p>Wheat prices rose sharply that year.</p>",
                "<h1>Chapter Two: Tariffs</h1><p>Tariffs came first.</p><h2>The farmers</h2>"
                        + "<p>Tariffs protected the farmers for a decade.</p>"), false), "b.epub").id();
        Location where = locationOf(doc, "protected the farmers");
        assertThat(where.chapter()).isEqualTo("Chapter Two: Tariffs");
        assertThat(where.page()).isNull();
        assertThat(where.label()).isEqualTo("Chapter Two: Tariffs");
        assertThat(locationOf(doc, "prices rose").label()).isEqualTo("Chapter One: Wheat");
    }

    @Test
    void aBookWithAPageListIsCitedByItsPrintedPage() throws Exception {
        long doc = lib.importBytes(epub(List.of(
                "<h1>Preface</h1><p><span epub:type=\"pagebreak\" id=\"pxii\" title=\"xii\"/>We thank the"
                        + " archivists.</p>",
                "<h1>Chapter One</h1><p><span epub:type=\"pagebreak\" id=\"p1\" title=\"1\"/>Rivers carried"
                        + " grain south. <span epub:type=\"pagebreak\" id=\"p2\" title=\"2\"/>Boats came back with"
                        + " salt.</p>"), true), "p.epub").id();
        assertThat(locationOf(doc, "thank the archivists").label()).isEqualTo("p. xii");
        assertThat(locationOf(doc, "carried grain").label()).isEqualTo("p. 1");
        Location salt = locationOf(doc, "back with salt");
        assertThat(salt.page()).isEqualTo("2");
        assertThat(salt.chapter()).isEqualTo("Chapter One");
    }

    @Test
    void aWebPageIsCitedByItsAddressAndTheNearestHeading() throws Exception {
        String filler = "<p>" + "Rivers and roads shaped where towns grew and how trade moved between them. ".repeat(6)
                + "</p>";
        String html = "<!doctype html><html><head><title>How rivers made towns</title>"
                + "<link rel=\"canonical\" href=\"https://example.org/rivers\"></head><body><article>"
                + "<h1>How rivers made towns</h1>" + filler + "<h2>Bridges and tolls</h2>" + filler
                + "<p>Every bridge became a toll gate within a generation.</p>" + filler + "</article></body></html>";
        long doc = lib.importBytes(html.getBytes(StandardCharsets.UTF_8), "rivers.html").id();
        Location where = locationOf(doc, "became a toll gate");
        assertThat(where.url()).isEqualTo("https://example.org/rivers");
        assertThat(where.section()).isEqualTo("Bridges and tolls");
        assertThat(where.label()).isEqualTo("Bridges and tolls");
        Location before = locationOf(doc, "Rivers and roads shaped");
        assertThat(before.section()).as("the title is no section").isNull();
        assertThat(before.labelOr(7)).isEqualTo("@7");
    }

    /** A small EPUB 3 whose navigation document lists the chapters and, if asked, the printed pages. */
    static byte[] epub(List<String> chapters, boolean pageList) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("mimetype", "application/epub+zip".getBytes(StandardCharsets.UTF_8));
        files.put("META-INF/container.xml", Samples.CONTAINER.getBytes(StandardCharsets.UTF_8));
        StringBuilder manifest = new StringBuilder("<item id=\"nav\" href=\"nav.xhtml\" properties=\"nav\""
                + " media-type=\"application/xhtml+xml\"/>");
        StringBuilder spine = new StringBuilder();
        StringBuilder toc = new StringBuilder();
        StringBuilder pages = new StringBuilder();
        for (int i = 0; i < chapters.size(); i++) {
            manifest.append("<item id=\"c").append(i).append("\" href=\"ch").append(i)
                    .append(".xhtml\" media-type=\"application/xhtml+xml\"/>");
            spine.append("<itemref idref=\"c").append(i).append("\"/>");
            String body = chapters.get(i);
            files.put("OEBPS/ch" + i + ".xhtml", ("<?xml version=\"1.0\" encoding=\"utf-8\"?><html"
                    + " xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:epub=\"http://www.idpf.org/2007/ops\"><head>"
                    + "<title>c</title></head><body>" + body + "</body></html>").getBytes(StandardCharsets.UTF_8));
            String heading = body.substring(body.indexOf("<h1>") + 4, body.indexOf("</h1>"));
            toc.append("<li><a href=\"ch").append(i).append(".xhtml\">").append(heading).append("</a></li>");
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("id=\"(p[^\"]+)\" title=\"([^\"]+)\"").matcher(body);
            while (m.find()) {
                pages.append("<li><a href=\"ch").append(i).append(".xhtml#").append(m.group(1)).append("\">")
                        .append(m.group(2)).append("</a></li>");
            }
        }
        files.put("OEBPS/nav.xhtml", ("<?xml version=\"1.0\" encoding=\"utf-8\"?><html xmlns=\"http://www.w3.org/1999/xhtml\""
                + " xmlns:epub=\"http://www.idpf.org/2007/ops\"><head><title>Contents</title></head><body>"
                + "<nav epub:type=\"toc\"><ol>" + toc + "</ol></nav>"
                + (pageList ? "<nav epub:type=\"page-list\" hidden=\"\"><ol>" + pages + "</ol></nav>" : "")
                + "</body></html>").getBytes(StandardCharsets.UTF_8));
        files.put("OEBPS/content.opf", ("<?xml version=\"1.0\"?><package xmlns=\"http://www.idpf.org/2007/opf\""
                + " version=\"3.0\"><metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>Grain</dc:title>"
                + "<dc:creator>A. Writer</dc:creator><dc:language>en</dc:language></metadata><manifest>" + manifest
                + "</manifest><spine>" + spine + "</spine></package>").getBytes(StandardCharsets.UTF_8));
        return Samples.zip(files);
    }
}
