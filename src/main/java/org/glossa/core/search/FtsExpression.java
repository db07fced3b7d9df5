package org.glossa.core.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds FTS5 MATCH expressions from parsed terms. Every term becomes an FTS5 string (double
 * quotes, inner quotes doubled), so no user text is ever read as FTS5 syntax: a stray quote,
 * parenthesis, AND/OR/NOT/NEAR or column name is just text.
 */
final class FtsExpression {
    private FtsExpression() {
    }

    static String quote(SearchQuery.Term term) {
        return "\"" + term.text().replace("\"", "\"\"") + "\"" + (term.prefix() ? " *" : "");
    }

    /** All terms ANDed, each restricted to {@code columns} (a {col1 col2} filter) when given. */
    static String all(List<SearchQuery.Term> terms, String columns) {
        List<String> parts = new ArrayList<>();
        for (SearchQuery.Term t : terms) {
            parts.add(columns == null ? quote(t) : columns + " : " + quote(t));
        }
        return String.join(" AND ", parts);
    }

    /** Joins non-empty expressions with AND. */
    static String and(String... expressions) {
        List<String> parts = new ArrayList<>();
        for (String e : expressions) {
            if (e != null && !e.isEmpty()) {
                parts.add("(" + e + ")");
            }
        }
        return String.join(" AND ", parts);
    }
}
