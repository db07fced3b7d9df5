package org.glossa.core;

import java.util.Locale;

/**
 * Sizes beyond which Glossa refuses work rather than slowing to a crawl: a note longer than any
 * margin note (a whole chapter pasted in is still well below), and more annotations in one
 * import file than a class packet, a bundle or a year of reading holds.
 */
public final class Limits {
    /** The longest note, in UTF-16 characters. */
    public static final int MAX_NOTE_CHARS = 100_000;
    /** The most annotations one import (a JSON-LD file, a bundle) may hold. */
    public static final int MAX_IMPORTED_ANNOTATIONS = 100_000;

    private Limits() {
    }

    /** The note as given, or a {@link GlossaException} when it is longer than {@link #MAX_NOTE_CHARS}. */
    public static String checkedNote(String note) {
        if (note != null && note.length() > MAX_NOTE_CHARS) {
            throw new GlossaException(tooLongNote(note.length()));
        }
        return note;
    }

    /** The one-line message for a note of {@code length} characters. */
    public static String tooLongNote(int length) {
        return String.format(Locale.ROOT, "A note can have at most %,d characters; this one has %,d.",
                MAX_NOTE_CHARS, length);
    }

    /** The one-line message for an import of {@code count} annotations. */
    public static String tooManyAnnotations(long count) {
        return String.format(Locale.ROOT, "One import can hold at most %,d annotations; this one has %,d."
                + " Split the file.", MAX_IMPORTED_ANNOTATIONS, count);
    }
}
