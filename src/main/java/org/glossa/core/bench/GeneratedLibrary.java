package org.glossa.core.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.glossa.core.Library;
import org.glossa.core.store.Database;
import org.glossa.model.AnchorStatus;
import org.glossa.model.Annotation;
import org.glossa.model.Block;
import org.glossa.model.BlockKind;
import org.glossa.model.DocumentContent;
import org.glossa.model.HighlightColor;
import org.glossa.model.ImportedDocument;
import org.glossa.model.TextQuote;

/**
 * A synthetic library for the benchmark, written through the library itself: documents of
 * paragraphs drawn from a Zipf-like vocabulary (with accented and Cyrillic words mixed in, so the
 * tokenizer's folding is exercised), and annotations with notes and hierarchical tags (the
 * analyst's dozen, and up to {@value #TOPICS} topics more for the tag overview). Deterministic
 * for a seed.
 */
public final class GeneratedLibrary {
    /** Topic tags besides {@link #TAGS}: with them a large library has 500 tags. */
    public static final int TOPICS = 488;
    public static final String[] SPECIAL = {"Zoë", "café", "Москва", "naïve", "Ångström", "résumé", "дождь", "Kraków"};
    public static final String[] TAGS = {"claim", "claim/economic", "claim/social", "claim/political", "evidence",
            "evidence/statistic", "evidence/anecdote", "method", "question", "definition", "counterpoint", "source"};
    private static final String[] SYLLABLES = {"ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "zen", "dra", "pel",
            "qua", "tor", "bel", "fin", "gar", "hus", "jor", "lis", "mon"};

    private final Random random;
    private final List<String> vocabulary = new ArrayList<>();

    private GeneratedLibrary(long seed, int vocabularySize) {
        random = new Random(seed);
        for (int i = 0; i < vocabularySize; i++) {
            vocabulary.add(word(i));
        }
    }

    /** Word number i: short, pronounceable, unique. */
    public static String word(int i) {
        StringBuilder b = new StringBuilder();
        int n = i;
        do {
            b.append(SYLLABLES[n % SYLLABLES.length]);
            n /= SYLLABLES.length;
        } while (n > 0);
        return b.toString();
    }

    /** Frequent words are picked far more often than rare ones (roughly 1/rank). */
    private String randomWord() {
        if (random.nextInt(200) == 0) {
            return SPECIAL[random.nextInt(SPECIAL.length)];
        }
        double u = random.nextDouble();
        int rank = (int) Math.floor(Math.pow(vocabulary.size(), u)) - 1;
        return vocabulary.get(Math.max(0, Math.min(vocabulary.size() - 1, rank)));
    }

    private String sentence(int words) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < words; i++) {
            b.append(i == 0 ? "" : " ").append(randomWord());
        }
        b.setCharAt(0, Character.toUpperCase(b.charAt(0)));
        return b.append('.').toString();
    }

    private ImportedDocument document(int number, int paragraphs, int wordsPerParagraph) {
        StringBuilder text = new StringBuilder("Document ").append(number);
        List<Block> blocks = new ArrayList<>(List.of(new Block(BlockKind.HEADING, 0, text.length(), 1)));
        for (int p = 0; p < paragraphs; p++) {
            text.append("\n\n");
            int start = text.length();
            text.append(sentence(wordsPerParagraph / 2)).append(' ').append(sentence(wordsPerParagraph / 2));
            blocks.add(Block.of(BlockKind.PARAGRAPH, start, text.length()));
        }
        return new ImportedDocument("Document " + number + " " + randomWord(), "Author " + random.nextInt(300),
                "bench:" + number, "text", "en", null, new DocumentContent(text.toString(), blocks, List.of()), Map.of());
    }

    /**
     * The generated library of this size, made once (through {@link Library#importDocument} and
     * {@link org.glossa.core.BulkImport#annotations}) and kept in the temp folder for later runs;
     * work on a copy. Every document has 10 paragraphs of 40 words.
     */
    public static Path cached(int documents, int annotations, BenchSettings settings) throws Exception {
        Path cached = Path.of(System.getProperty("java.io.tmpdir"), String.format(Locale.ROOT,
                "glossa-bench-library-%d-%d-v%d.sqlite", documents, annotations, Database.latestVersion()));
        if (Files.isRegularFile(cached)) {
            return cached;
        }
        settings.say(String.format(Locale.ROOT, "generating a library of %,d documents and %,d annotations (once)",
                documents, annotations));
        Path dir = Files.createTempDirectory(cached.getParent(), "glossa-bench-library-");
        try {
            Path partial = dir.resolve("library.sqlite");
            try (Library library = Library.open(partial)) {
                // a new library starts with the sample article: the generated one has only its own
                library.documents().forEach(d -> library.deleteDocument(d.id()));
                new GeneratedLibrary(42, 8000).fill(library, documents, annotations, 10, 40);
            }
            Files.move(partial, cached, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            TempFiles.deleteTree(dir);
        }
        return cached;
    }

    private void fill(Library library, int documents, int annotations, int paragraphs, int words) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        List<Long> ids = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < documents; i++) {
            ImportedDocument d = document(i, paragraphs, words);
            ids.add(library.importDocument(d).id());
            texts.add(d.content().text());
        }
        List<HighlightColor> palette = HighlightColor.palette();
        List<Annotation> list = new ArrayList<>(annotations);
        for (int i = 0; i < annotations; i++) {
            int doc = i % documents;
            String text = texts.get(doc);
            int start = random.nextInt(Math.max(1, text.length() - 60));
            int end = Math.min(text.length(), start + 10 + random.nextInt(50));
            List<String> tags = switch (random.nextInt(4)) {
                case 0, 1 -> List.of();
                case 2 -> List.of(TAGS[random.nextInt(TAGS.length)]);
                default -> List.of("topic/" + (1 + random.nextInt(TOPICS)));
            };
            list.add(new Annotation(UUID.randomUUID().toString(), ids.get(doc), start, end,
                    TextQuote.of(text, start, end), palette.get(random.nextInt(palette.size())).key(),
                    random.nextInt(3) == 0 ? sentence(8) : "", tags, "analyst" + random.nextInt(5), now, now,
                    AnchorStatus.ANCHORED));
        }
        library.bulkImport().annotations(list);
    }
}
