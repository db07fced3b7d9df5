package org.glossa.core.bench;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.glossa.core.importing.ContentBuilder;
import org.glossa.model.AnchorStatus;
import org.glossa.model.Annotation;
import org.glossa.model.BlockKind;
import org.glossa.model.HighlightColor;
import org.glossa.model.ImportedDocument;
import org.glossa.model.TextDirection;
import org.glossa.model.TextQuote;

/**
 * A book-sized document made up for the benchmark: about 12,000 paragraphs of varied prose
 * (3 MB), a heading every few dozen paragraphs, and highlight ranges spread through it. The same
 * seed gives the same book, so runs on different machines measure the same thing.
 */
public final class GeneratedBook {
    public static final int PARAGRAPHS = 12_000;
    public static final int HIGHLIGHTS = 10_000;
    private static final int HEADING_EVERY = 60;
    private static final String[] WORDS = ("the of and a to in is was that he for it with as his on be at by had"
            + " not are but from or have an they which one you were her all she there would their we him been"
            + " has when who will more no if out so said what up its about into than them can only other new"
            + " some could time these two may then do first any my now such like our over man me even most made"
            + " after also did many before must through back years where much your way well down should because"
            + " each just those people how too little state good very make world still own see men work long get"
            + " here between both life being under never day same another know while last might us great old year"
            + " off come since against go came right used take three river harbour lantern archive winter"
            + " meadow quarrel treaty ledger orchard whisper compass migration parliament cathedral monsoon"
            + " manuscript evidence hypothesis correspondence Moscow Zoë naïve café résumé déjà").split(" ");

    private final String text;
    private final ImportedDocument document;
    private final List<int[]> highlights;

    private GeneratedBook(String text, ImportedDocument document, List<int[]> highlights) {
        this.text = text;
        this.document = document;
        this.highlights = highlights;
    }

    public static GeneratedBook generate() {
        return generate(PARAGRAPHS, HIGHLIGHTS, 20_26L);
    }

    public static GeneratedBook generate(int paragraphs, int highlightCount, long seed) {
        Random random = new Random(seed);
        StringBuilder plain = new StringBuilder();
        ContentBuilder out = new ContentBuilder();
        List<int[]> paragraphRanges = new ArrayList<>(paragraphs);
        for (int p = 0; p < paragraphs; p++) {
            boolean heading = p % HEADING_EVERY == 0;
            String block = heading ? "Chapter " + (p / HEADING_EVERY + 1) + ": " + sentence(random, 3, 7, false)
                    : paragraph(random);
            plain.append(plain.length() == 0 ? "" : "\n\n").append(block);
            out.startBlock(heading ? BlockKind.HEADING : BlockKind.PARAGRAPH, heading ? 2 : 0);
            out.text(block);
            if (!heading) {
                paragraphRanges.add(new int[] {out.length() - block.length(), out.length()});
            }
            out.endBlock();
        }
        ImportedDocument doc = new ImportedDocument("A generated book", "Glossa bench", null, "text", "en",
                TextDirection.LTR, out.build(), null);
        return new GeneratedBook(plain.toString(), doc, spread(doc.content().text(), paragraphRanges,
                highlightCount, random));
    }

    private static String paragraph(Random random) {
        StringBuilder s = new StringBuilder();
        int sentences = 1 + random.nextInt(5);
        for (int i = 0; i < sentences; i++) {
            s.append(i == 0 ? "" : " ").append(sentence(random, 8, 24, true));
        }
        return s.toString();
    }

    private static String sentence(Random random, int min, int max, boolean period) {
        int n = min + random.nextInt(max - min + 1);
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            String w = WORDS[random.nextInt(WORDS.length)];
            if (i == 0) {
                w = Character.toUpperCase(w.charAt(0)) + w.substring(1);
            }
            s.append(i == 0 ? "" : random.nextInt(12) == 0 ? ", " : " ").append(w);
        }
        return period ? s.append('.').toString() : s.toString();
    }

    /** One highlight of a few words in evenly spaced paragraphs, so they cover the whole book. */
    private static List<int[]> spread(String text, List<int[]> paragraphs, int count, Random random) {
        List<int[]> out = new ArrayList<>(count);
        for (int i = 0; i < count && !paragraphs.isEmpty(); i++) {
            int[] par = paragraphs.get((int) ((long) i * paragraphs.size() / count));
            int start = wordStartAtOrAfter(text, par[0] + random.nextInt(Math.max(1, (par[1] - par[0]) / 2)), par[1]);
            int end = Math.min(par[1], start + 12 + random.nextInt(48));
            while (end < par[1] && Character.isLetter(text.charAt(end))) {
                end++;
            }
            if (end > start && !text.substring(start, end).isBlank()) {
                out.add(new int[] {start, end});
            }
        }
        return out;
    }

    private static int wordStartAtOrAfter(String text, int at, int limit) {
        int i = at;
        while (i < limit && i > 0 && text.charAt(i - 1) != ' ') {
            i++;
        }
        return Math.min(i, limit - 1);
    }

    /** The book as a plain-text file: paragraphs separated by blank lines. */
    public byte[] plainText() {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** The book as an importer would hand it to the library (headings kept as headings). */
    public ImportedDocument document() {
        return document;
    }

    /** Highlight ranges {@code [start, end)} in the document's text, in reading order. */
    public List<int[]> highlights() {
        return highlights;
    }

    /** The highlights as annotations of a stored copy of this book, colours cycling through the palette. */
    public List<Annotation> annotations(long documentId) {
        String docText = document.content().text();
        List<HighlightColor> palette = HighlightColor.palette();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        List<Annotation> out = new ArrayList<>(highlights.size());
        for (int i = 0; i < highlights.size(); i++) {
            int[] h = highlights.get(i);
            out.add(new Annotation(UUID.randomUUID().toString(), documentId, h[0], h[1],
                    TextQuote.of(docText, h[0], h[1]), palette.get(i % palette.size()).key(), "", List.of(),
                    "bench", now, now, AnchorStatus.ANCHORED));
        }
        return out;
    }
}
