package org.glossa.core.anchoring;

import java.util.List;
import org.glossa.model.TextQuote;

/**
 * Re-attaches a stored selector (position + quote with context) to a text, in the order of
 * DESIGN.md: the old position if it still holds the quote, else the best exact occurrence,
 * else the best approximate match above {@link #FUZZY_THRESHOLD}, else an orphan. Scoring
 * follows the Hypothesis client's match-quote: quote similarity 50, prefix 20, suffix 20,
 * closeness to the old position 2, normalised to 0..1.
 */
public final class Anchorer {
    /** Below this normalised score an approximate match is not trusted: the annotation is orphaned. */
    public static final double FUZZY_THRESHOLD = 0.5;

    private static final double QUOTE_WEIGHT = 50;
    private static final double PREFIX_WEIGHT = 20;
    private static final double SUFFIX_WEIGHT = 20;
    private static final double POSITION_WEIGHT = 2;
    private static final double MAX_SCORE = QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT;
    /** Scoring every occurrence of a very common quote ("the") would cost more than it tells. */
    private static final int MAX_CANDIDATES = 2000;
    /** The first radius searched around the old position for the quote with its whole context. */
    private static final long NEAR = 4096;
    /** A match near the old position this good is taken without searching the rest of the text. */
    private static final double STRONG = 0.8;

    private Anchorer() {
    }

    /**
     * Anchors {@code quote} in {@code text}; {@code hintStart}/{@code hintEnd} is the stored
     * position (UTF-16 offsets; negative when unknown, e.g. a quote-only W3C selector).
     */
    public static AnchorResult anchor(String text, TextQuote quote, int hintStart, int hintEnd) {
        String exact = quote.exact();
        if (exact.isEmpty()) {
            return orphan(text, quote, hintStart, hintEnd);
        }
        boolean stillThere = hintStart >= 0 && hintEnd == hintStart + exact.length() && hintEnd <= text.length()
                && text.startsWith(exact, hintStart);
        AnchorResult kept = new AnchorResult(hintStart, hintEnd, null, AnchorResult.Outcome.KEPT, 1.0);
        // in repetitive text the old offset can hold the same words by chance after an edit
        // before it: the old position wins only with its context, or when no place has that context
        AnchorResult best = stillThere && contextHolds(text, quote, hintStart, hintEnd) ? kept
                : withWholeContext(text, quote, hintStart);
        if (best == null && stillThere) {
            best = kept;
        }
        int candidates = best == null ? 0 : MAX_CANDIDATES;
        for (int at = text.indexOf(exact); at >= 0 && candidates < MAX_CANDIDATES;
             at = text.indexOf(exact, at + 1), candidates++) {
            double score = score(text, quote, at, at + exact.length(), 0, hintStart);
            if (best == null || score > best.score()) {
                best = new AnchorResult(at, at + exact.length(), null, AnchorResult.Outcome.MOVED, score);
            }
        }
        if (best == null && hintStart >= 0) {
            // most edits leave a passage near where it was: a strong match there spares a scan of the book
            int from = (int) Math.max(0, hintStart - NEAR - exact.length());
            int to = (int) Math.min(text.length(), hintStart + NEAR + 2L * exact.length());
            best = approximate(text, quote, hintStart, from, to);
            if (best != null && best.score() < STRONG) {
                best = null;
            }
        }
        if (best == null) {
            best = approximate(text, quote, hintStart, 0, text.length());
        }
        if (best == null) {
            return orphan(text, quote, hintStart, hintEnd);
        }
        return new AnchorResult(best.start(), best.end(), TextQuote.of(text, best.start(), best.end()),
                best.outcome(), best.score());
    }

    /** The best approximate match of the quote inside {@code text[from, to)}, if above the threshold. */
    private static AnchorResult approximate(String text, TextQuote quote, int hint, int from, int to) {
        String exact = quote.exact();
        List<ApproximateMatcher.Match> matches = ApproximateMatcher.search(text.substring(from, to), exact,
                ApproximateMatcher.maxErrorsFor(exact.length()));
        AnchorResult best = null;
        for (ApproximateMatcher.Match m : matches.subList(0, Math.min(matches.size(), MAX_CANDIDATES))) {
            int start = from + m.start();
            int end = from + m.end();
            double score = score(text, quote, start, end, m.errors(), hint);
            if (score >= FUZZY_THRESHOLD && (best == null || score > best.score())) {
                best = new AnchorResult(start, end, null, AnchorResult.Outcome.FUZZY, score);
            }
        }
        return best;
    }

    private static boolean contextHolds(String text, TextQuote quote, int start, int end) {
        return text.startsWith(quote.suffix(), end)
                && start >= quote.prefix().length()
                && text.startsWith(quote.prefix(), start - quote.prefix().length());
    }

    /**
     * The occurrence of context + quote + context nearest the old position, if the whole window
     * is still there: no partial-context score can beat it, however far it moved. Searches
     * outwards from the old position so that a passage moved by a few edits costs a few
     * kilobytes of scanning, not the whole book.
     */
    private static AnchorResult withWholeContext(String text, TextQuote quote, int hint) {
        if (quote.prefix().isEmpty() && quote.suffix().isEmpty()) {
            return null;
        }
        String window = quote.prefix() + quote.exact() + quote.suffix();
        int center = Math.max(0, Math.min(hint - quote.prefix().length(), text.length()));
        for (long reach = NEAR; ; reach *= 4) {
            int from = (int) Math.max(0, center - reach);
            int to = (int) Math.min(text.length(), center + reach + window.length());
            int best = -1;
            String region = text.substring(from, to);
            for (int at = region.indexOf(window); at >= 0; at = region.indexOf(window, at + 1)) {
                if (best < 0 || Math.abs(from + at - center) < Math.abs(best - center)) {
                    best = from + at;
                }
            }
            // an occurrence within reach is the nearest one: anything outside is farther away
            if (best >= 0 && Math.abs(best - center) <= reach) {
                int start = best + quote.prefix().length();
                return new AnchorResult(start, start + quote.exact().length(), null, AnchorResult.Outcome.MOVED, 1.0);
            }
            if (from == 0 && to == text.length()) {
                return null;
            }
        }
    }

    /** Anchors a quote that has no stored position. */
    public static AnchorResult anchor(String text, TextQuote quote) {
        return anchor(text, quote, -1, -1);
    }

    private static double score(String text, TextQuote quote, int start, int end, int errors, int hint) {
        double quoteScore = 1.0 - (double) errors / quote.exact().length();
        String prefix = quote.prefix();
        String suffix = quote.suffix();
        double prefixScore = prefix.isEmpty() ? 1.0
                : similarity(text.substring(Math.max(0, start - prefix.length()), start), prefix);
        double suffixScore = suffix.isEmpty() ? 1.0
                : similarity(text.substring(end, Math.min(text.length(), end + suffix.length())), suffix);
        double positionScore = hint < 0 || text.isEmpty() ? 1.0
                : 1.0 - (double) Math.abs(start - hint) / text.length();
        return (QUOTE_WEIGHT * quoteScore + PREFIX_WEIGHT * prefixScore + SUFFIX_WEIGHT * suffixScore
                + POSITION_WEIGHT * Math.max(0, positionScore)) / MAX_SCORE;
    }

    /** 1 when {@code found} equals {@code wanted}, falling with the edits between them. */
    static double similarity(String found, String wanted) {
        if (found.isEmpty()) {
            return 0.0;
        }
        return Math.max(0.0, 1.0 - (double) ApproximateMatcher.distance(found, wanted) / wanted.length());
    }

    private static AnchorResult orphan(String text, TextQuote quote, int hintStart, int hintEnd) {
        int start = Math.max(0, Math.min(hintStart, text.length()));
        int end = Math.max(start, Math.min(hintEnd, text.length()));
        return new AnchorResult(start, end, quote, AnchorResult.Outcome.ORPHANED, 0.0);
    }
}
