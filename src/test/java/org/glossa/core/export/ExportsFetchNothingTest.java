package org.glossa.core.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.glossa.core.Library;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A note may name an image on the web; the HTML and PDF exports show its description and
 * address and never ask the network for it (a local server counts every request).
 */
class ExportsFetchNothingTest {
    private static final String PNG_DATA = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8"
            + "z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==";

    @TempDir
    Path dir;
    private HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();
    private String address;

    @BeforeEach
    void startServer() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.start();
        address = "http://127.0.0.1:" + server.getAddress().getPort() + "/maps/moskva.png";
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    @Test
    void aRemoteImageInANoteIsShownAsItsDescriptionAndAddressInHtmlAndPdf() throws Exception {
        try (Library lib = ExportFixtures.library(dir, "Ana")) {
            long id = lib.importDocument(ExportFixtures.document()).id();
            ExportFixtures.add(lib, id, 1, "cities that grow beside them", "yellow",
                    "Compare ![Map of the Moskva](" + address + ") with the text.", List.of());

            String html = lib.exports().html(id);
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            lib.exports().pdf(id, pdf);

            assertThat(requests).hasValue(0);
            assertThat(Jsoup.parse(html).select("img")).isEmpty();
            assertThat(Jsoup.parse(html).select("span.image-address").text())
                    .isEqualTo("[image: Map of the Moskva \u2014 " + address + "]");
            try (PDDocument doc = Loader.loadPDF(pdf.toByteArray())) {
                String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
                assertThat(text).contains("[image:MapoftheMoskva\u2014" + address + "]");
            }
        }
    }

    @Test
    void anImageCarriedInTheNoteItselfIsKept() {
        String html = NoteHtml.render("A dot: ![dot](" + PNG_DATA + ")");
        assertThat(Jsoup.parse(html).select("img").attr("src")).isEqualTo(PNG_DATA);
        assertThat(Jsoup.parse(html).select("img").attr("alt")).isEqualTo("dot");
    }

    @Test
    void thePdfRendererLoadsNothingFromTheNetworkEvenWhenAPageNamesIt() throws Exception {
        org.jsoup.nodes.Document page = HtmlPage.create("Week 3");
        page.body().appendElement("p").text("A picture:");
        page.body().appendElement("img").attr("src", address).attr("alt", "map");
        page.head().appendElement("link").attr("rel", "stylesheet").attr("href", address + ".css");

        new PdfWriter().write(page, new ByteArrayOutputStream());

        assertThat(requests).hasValue(0);
    }
}
