package org.glossa.model;

import java.util.Locale;

/**
 * Why an annotation was made, in the W3C Web Annotation vocabulary: a highlight (with or without
 * a note and tags), or a bookmark that marks a place to come back to.
 */
public enum Motivation {
    HIGHLIGHTING, BOOKMARKING;

    /** The W3C term, also what the library stores. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The motivation a stored or interchanged term names; anything else is a highlight. */
    public static Motivation parse(String code) {
        return code != null && code.strip().equalsIgnoreCase("bookmarking") ? BOOKMARKING : HIGHLIGHTING;
    }
}
