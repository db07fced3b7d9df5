package org.glossa.core.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.glossa.core.TagNames;

/**
 * Reads what a person types into the search box: {@code words "a phrase" pre* tag:claim
 * color:yellow note:word author:name in:collection}; a filter value may be quoted
 * ({@code in:"Week 3"}). Nothing here fails: unbalanced quotes end at the end of the query,
 * punctuation-only terms are dropped, and unknown {@code key:value} pairs are plain words.
 */
public final class QueryParser {
    private QueryParser() {
    }

    public static SearchQuery parse(String query) {
        List<SearchQuery.Term> terms = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        List<String> colors = new ArrayList<>();
        List<SearchQuery.Term> notes = new ArrayList<>();
        List<SearchQuery.Term> authors = new ArrayList<>();
        List<String> collections = new ArrayList<>();
        String q = clean(query);
        int i = 0;
        while (i < q.length()) {
            if (Character.isWhitespace(q.charAt(i))) {
                i++;
                continue;
            }
            String key = keyAt(q, i);
            if (key != null) {
                i += key.length() + 1;
            }
            Token token = readToken(q, i);
            i = token.end;
            if (key == null) {
                addTerm(terms, token.term());
                continue;
            }
            switch (key) {
                case "tag" -> addIfNotBlank(tags, TagNames.normalize(token.text));
                case "color", "colour" -> addIfNotBlank(colors, token.text.strip().toLowerCase(Locale.ROOT));
                case "note" -> addTerm(notes, token.term());
                case "author" -> addTerm(authors, token.term());
                case "in" -> addIfNotBlank(collections, token.text.strip());
                default -> throw new IllegalStateException(key);
            }
        }
        return new SearchQuery(terms, tags, colors, notes, authors, collections);
    }

    /** Control characters never belong in a query (and U+0001/U+0002 are our snippet markers). */
    private static String clean(String query) {
        if (query == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(query.length());
        query.codePoints().forEach(cp -> b.appendCodePoint(Character.isISOControl(cp) ? ' ' : cp));
        return b.toString();
    }

    private static final List<String> KEYS = List.of("tag", "color", "colour", "note", "author", "in");

    private static String keyAt(String q, int i) {
        for (String key : KEYS) {
            int after = i + key.length();
            if (q.regionMatches(true, i, key, 0, key.length()) && after < q.length() && q.charAt(after) == ':'
                    && after + 1 < q.length() && !Character.isWhitespace(q.charAt(after + 1))) {
                return key;
            }
        }
        return null;
    }

    private record Token(String text, boolean phrase, boolean prefix, int end) {
        SearchQuery.Term term() {
            return new SearchQuery.Term(text, phrase, prefix);
        }
    }

    private static Token readToken(String q, int i) {
        if (q.charAt(i) == '"') {
            int close = q.indexOf('"', i + 1);
            int end = close < 0 ? q.length() : close + 1;
            String text = q.substring(i + 1, close < 0 ? q.length() : close);
            boolean prefix = end < q.length() && q.charAt(end) == '*';
            return new Token(text, true, prefix, prefix ? end + 1 : end);
        }
        int end = i;
        while (end < q.length() && !Character.isWhitespace(q.charAt(end)) && q.charAt(end) != '"') {
            end++;
        }
        String word = q.substring(i, end);
        boolean prefix = word.endsWith("*");
        String text = word.replaceAll("\\*+$", "");
        return new Token(text, false, prefix, end);
    }

    private static void addTerm(List<SearchQuery.Term> out, SearchQuery.Term term) {
        if (hasWordCharacter(term.text())) {
            out.add(term);
        }
    }

    private static void addIfNotBlank(List<String> out, String value) {
        if (!value.isBlank()) {
            out.add(value);
        }
    }

    /** A term of punctuation only has no tokens for FTS5 to look for. */
    static boolean hasWordCharacter(String s) {
        return s.codePoints().anyMatch(Character::isLetterOrDigit);
    }
}
