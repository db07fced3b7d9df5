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
    /** No page may read worse than this: below it, the reader shows a different text. */
    private static final double FLOOR = 0.80;
    /** The share of pages that must reach {@link #GOOD}; plain readability4j reaches 86 of 97, Glossa 96. */
    private static final double MIN_GOOD_SHARE = 0.95;
    private static final int MIN_PAGES = 20;
    /**
     * The share of pages whose title is the expected one (the page's own metadata, not its title
     * bar); 85 of 97 with meta tags, 91 with JSON-LD headlines and the last of repeated meta tags.
     */
    private static final double MIN_TITLE_SHARE = 0.93;

    /**
     * The share of pages with an expected byline whose byline Glossa finds (spaces collapsed);
     * 31 of 53 with meta tags and readability4j alone, 48 with JSON-LD and the page's byline element.
     */
    private static final double MIN_BYLINE_SHARE = 0.90;

    record Score(String page, double f1, String title, boolean titleMatches, boolean directionMatches,
                 String wantByline, String byline) {
        boolean bylineMatches() {
            return wantByline != null && wantByline.equals(byline);
        }
    }

    /** A byline as a reader sees it: spaces collapsed; null when blank. */
    static String spaced(String s) {
        if (s == null) {
            return null;
        }
        String t = s.replaceAll("\\s+", " ").strip();
        return t.isEmpty() ? null : t;
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

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
                var meta = JSON.readTree(page.resolve("expected-metadata.json").toFile());
                String wantTitle = meta.path("title").asText("");
                String wantDir = meta.path("dir").isTextual() ? meta.path("dir").asText() : "ltr";
                String wantByline = spaced(meta.path("byline").isTextual() ? meta.path("byline").asText() : null);
                scores.add(new Score(page.getFileName().toString(), WordF1.f1(expectedText, doc.content().text()),
                        doc.title(), wantTitle.strip().equals(doc.title()), wantDir.equalsIgnoreCase(doc.direction().code()),
                        wantByline, spaced(doc.author())));
            }
        }
        System.out.println("page                            f1     title=expected  title");
        for (Score s : scores) {
            System.out.printf(java.util.Locale.ROOT, "%-30s  %.3f  %-14s  %s%n", s.page(), s.f1(), s.titleMatches(), s.title());
        }
        System.out.println(distribution(scores));
        List<Score> withByline = scores.stream().filter(s -> s.wantByline() != null).toList();
        for (Score s : withByline) {
            if (!s.bylineMatches()) {
                System.out.printf(java.util.Locale.ROOT, "byline %-30s want %s | got %s%n", s.page(), s.wantByline(), s.byline());
            }
        }
        long bylines = withByline.stream().filter(Score::bylineMatches).count();
        long invented = scores.stream().filter(s -> s.wantByline() == null && s.byline() != null).count();
        System.out.printf(java.util.Locale.ROOT, "bylines as expected: %d of %d (and %d where none is expected)%n",
                bylines, withByline.size(), invented);
        assertThat(bylines).as("pages with the expected byline")
                .isGreaterThanOrEqualTo((long) Math.ceil(MIN_BYLINE_SHARE * withByline.size()));
        long titles = scores.stream().filter(Score::titleMatches).count();
        System.out.printf(java.util.Locale.ROOT, "titles as expected: %d of %d%n", titles, scores.size());
        assertThat(titles).as("pages with the expected title")
                .isGreaterThanOrEqualTo((long) Math.ceil(MIN_TITLE_SHARE * scores.size()));
        assertThat(scores).hasSizeGreaterThanOrEqualTo(MIN_PAGES);
        assertThat(scores.stream().filter(s -> s.f1() >= GOOD).count())
                .as("pages with F1 >= %s", GOOD).isGreaterThanOrEqualTo((long) Math.ceil(MIN_GOOD_SHARE * scores.size()));
        assertThat(scores).allSatisfy(s -> assertThat(s.f1()).as(s.page()).isGreaterThanOrEqualTo(FLOOR));
        assertThat(scores).allSatisfy(s -> assertThat(s.directionMatches()).as("direction of " + s.page()).isTrue());
    }

    /** Pages per F1 band and the ten worst pages, as a Markdown table for the README. */
    static String distribution(List<Score> scores) {
        double[] lower = {0.99, 0.95, 0.90, 0.80, 0.0};
        String[] names = {">= 0.99", "0.95 - 0.99", "0.90 - 0.95", "0.80 - 0.90", "< 0.80"};
        int[] counts = new int[lower.length];
        for (Score s : scores) {
            int band = 0;
            while (s.f1() < lower[band]) {
                band++;
            }
            counts[band]++;
        }
        StringBuilder out = new StringBuilder("| word F1 | pages |\n|---|---|\n");
        for (int i = 0; i < names.length; i++) {
            out.append(String.format(java.util.Locale.ROOT, "| %s | %d |%n", names[i], counts[i]));
        }
        out.append(String.format(java.util.Locale.ROOT, "%nworst 10 of %d:%n", scores.size()));
        scores.stream().sorted(java.util.Comparator.comparingDouble(Score::f1)).limit(10).forEach(s ->
                out.append(String.format(java.util.Locale.ROOT, "  %-30s %.3f%n", s.page(), s.f1())));
        return out.toString();
    }
}
