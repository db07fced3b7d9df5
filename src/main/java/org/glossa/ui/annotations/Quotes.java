package org.glossa.ui.annotations;

/** A quote as the sidebar shows it, in one pair of curly quotation marks. */
final class Quotes {
    private Quotes() {
    }

    /** Marks to strip from a quote's ends before it is put in curly quotes (so "“In" is not shown "““In"). */
    private static final String QUOTE_MARKS = "\"'\u201c\u201d\u201e\u2018\u2019\u00ab\u00bb";

    /** The quote in curly quotation marks, without the ones it already starts or ends with. */
    static String quoted(String q) {
        int s = 0;
        int e = q.length();
        while (s < e && QUOTE_MARKS.indexOf(q.charAt(s)) >= 0) {
            s++;
        }
        while (e > s && QUOTE_MARKS.indexOf(q.charAt(e - 1)) >= 0 && q.charAt(e - 1) != '\u2026') {
            e--;
        }
        return "\u201c" + q.substring(s, e).strip() + "\u201d";
    }
}
