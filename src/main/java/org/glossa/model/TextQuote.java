package org.glossa.model;

/** The W3C TextQuoteSelector of an annotation: the exact text and its context on both sides. */
public record TextQuote(String exact, String prefix, String suffix) {
    /** How many characters of context are stored on each side. */
    public static final int CONTEXT = 32;

    public TextQuote {
        exact = exact == null ? "" : exact;
        prefix = prefix == null ? "" : prefix;
        suffix = suffix == null ? "" : suffix;
    }

    /** The quote of {@code text[start, end)} with up to {@link #CONTEXT} characters either side. */
    public static TextQuote of(String text, int start, int end) {
        int from = Math.max(0, start - CONTEXT);
        int to = Math.min(text.length(), end + CONTEXT);
        // never cut a surrogate pair in half
        if (from > 0 && Character.isLowSurrogate(text.charAt(from))) {
            from++;
        }
        if (to < text.length() && to > 0 && Character.isHighSurrogate(text.charAt(to - 1))) {
            to--;
        }
        return new TextQuote(text.substring(start, end), text.substring(from, start), text.substring(end, to));
    }
}
