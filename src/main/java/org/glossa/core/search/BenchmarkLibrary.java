package org.glossa.core.search;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.glossa.core.Library;
import org.glossa.core.store.AnnotationRepository;
import org.glossa.core.store.DocumentRepository;
import org.glossa.model.AnchorStatus;
import org.glossa.model.Annotation;
import org.glossa.model.Block;
import org.glossa.model.BlockKind;
import org.glossa.model.DocumentContent;
import org.glossa.model.HighlightColor;
import org.glossa.model.ImportedDocument;
import org.glossa.model.TextQuote;

/**
 * Writes a synthetic library for the benchmark: documents of paragraphs drawn from a
 * Zipf-like vocabulary (with accented and Cyrillic words mixed in, so the tokenizer's folding
 * is exercised), and annotations with notes and hierarchical tags. Deterministic for a seed.
 */
final class BenchmarkLibrary {
    static final String[] SPECIAL = {"Zoë", "café", "Москва", "naïve", "Ångström", "résumé", "дождь", "Kraków"};
    static final String[] TAGS = {"claim", "claim/economic", "claim/social", "claim/political", "evidence",
            "evidence/statistic", "evidence/anecdote", "method", "question", "definition", "counterpoint", "source"};
    private static final String[] SYLLABLES = {"ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "zen", "dra", "pel",
            "qua", "tor", "bel", "fin", "gar", "hus", "jor", "lis", "mon"};

    private final Random random;
    private final List<String> vocabulary = new ArrayList<>();

    BenchmarkLibrary(long seed, int vocabularySize) {
        random = new Random(seed);
        for (int i = 0; i < vocabularySize; i++) {
            vocabulary.add(word(i));
        }
    }

    /** Word number i: short, pronounceable, unique. */
    static String word(int i) {
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

    ImportedDocument document(int number, int paragraphs, int wordsPerParagraph) {
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

    /** Inserts everything in one transaction on {@code c} and indexes the text; returns document ids. */
    List<Long> fill(Connection c, int documents, int annotations, int paragraphs, int words) throws SQLException {
        DocumentRepository docs = new DocumentRepository();
        AnnotationRepository notes = new AnnotationRepository();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        List<Long> ids = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < documents; i++) {
            ImportedDocument d = document(i, paragraphs, words);
            ids.add(docs.insert(c, d, Library.contentHash(d.content().text()), now));
            texts.add(d.content().text());
        }
        List<HighlightColor> palette = HighlightColor.palette();
        for (int i = 0; i < annotations; i++) {
            int doc = i % documents;
            String text = texts.get(doc);
            int start = random.nextInt(Math.max(1, text.length() - 60));
            int end = Math.min(text.length(), start + 10 + random.nextInt(50));
            List<String> tags = random.nextBoolean() ? List.of(TAGS[random.nextInt(TAGS.length)]) : List.of();
            notes.insert(c, new Annotation(UUID.randomUUID().toString(), ids.get(doc), start, end,
                    TextQuote.of(text, start, end), palette.get(random.nextInt(palette.size())).key(),
                    random.nextInt(3) == 0 ? sentence(8) : "", tags, "analyst" + random.nextInt(5), now, now,
                    AnchorStatus.ANCHORED));
        }
        new TextIndexer().indexMissing(c);
        return ids;
    }
}
