package org.glossa.core.export.webannotation;

import java.util.List;

/**
 * What importing W3C annotations did: new ones stored, existing ones updated (the incoming copy
 * was modified later), skipped (already there and not newer), conflicts (the id is already an
 * annotation on another document, or the copy would change one of the user's own: left as they
 * are), refused (no usable id, a note over the limit, a bad tag) and unmatched (no document in
 * the library is their target, or they select no text). {@code problems} has one line for each
 * conflict, refusal and unmatched one, starting with that word and a tab.
 */
public record AnnotationImportReport(int imported, int updated, int skipped, int conflicts, int refused,
                                     int unmatched, List<String> problems) {

    public AnnotationImportReport {
        problems = List.copyOf(problems);
    }

    /** Nothing imported. */
    public static AnnotationImportReport none() {
        return new AnnotationImportReport(0, 0, 0, 0, 0, 0, List.of());
    }

    /** One line for people: "3 imported, 1 updated, 0 skipped, 0 conflicts, 0 refused, 2 unmatched". */
    public String summary() {
        return imported + " imported, " + updated + " updated, " + skipped + " skipped, " + conflicts + " conflicts, "
                + refused + " refused, " + unmatched + " unmatched";
    }
}
