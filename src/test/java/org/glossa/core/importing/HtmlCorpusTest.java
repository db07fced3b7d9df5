package org.glossa.core.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.glossa.model.ImportedDocument;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * Imports every saved page of the corpus and compares the text Glossa shows with the article
 * text a reader should show (expected.html), as a word-level F1 score.
 */
class HtmlCorpusTest {
    private static final double GOOD = 0.95;
    private static final double CATASTROPHIC = 0.6;
    private static final int MIN_GOOD_PAGES = 17;

    record Score(String page, double f1, String title) {
    }

    @Test
    void mostCorpusPagesReadAlmostExactlyLikeTheExpectedArticle() throws IOException {
        Path html = Corpus.dir("html");
        Path dump = Path.of("target", "html-corpus");
        Files.createDirectories(dump);
        List<Score> scores = new ArrayList<>();
        try (Stream<Path> pages = Files.list(html)) {
            for (Path page : pages.sorted().toList()) {
                Path source = page.resolve("source.html");
                Path expected = page.resolve("expected.html");
                if (!Files.exists(source) || !Files.exists(expected)) {
                    continue;
                }
                ImportedDocument doc = new Importers().read(Files.readAllBytes(source), "source.html");
                String expectedText = Jsoup.parse(Files.readString(expected, StandardCharsets.UTF_8)).text();
                Files.writeString(dump.resolve(page.getFileName() + ".txt"), doc.content().text());
                scores.add(new Score(page.getFileName().toString(), WordF1.f1(expectedText, doc.content().text()),
                        doc.title()));
            }
        }
        System.out.println("page                            f1     title");
        for (Score s : scores) {
            System.out.printf("%-30s  %.3f  %s%n", s.page(), s.f1(), s.title());
        }
        assertThat(scores).hasSizeGreaterThanOrEqualTo(MIN_GOOD_PAGES);
        assertThat(scores.stream().filter(s -> s.f1() >= GOOD).count())
                .as("pages with F1 >= %s", GOOD).isGreaterThanOrEqualTo(MIN_GOOD_PAGES);
        assertThat(scores).allSatisfy(s -> assertThat(s.f1()).as(s.page()).isGreaterThan(CATASTROPHIC));
    }
}
