package org.glossa.core.export.webannotation;

import java.util.List;

/**
 * What importing W3C annotations did: new ones stored, existing ones updated (the incoming copy
 * was modified later), skipped (already there and not newer), and unmatched (no document in the
 * library is their target, or they select no text); {@code problems} names each unmatched one.
 */
public record AnnotationImportReport(int imported, int updated, int skipped, int unmatched, List<String> problems) {

    public AnnotationImportReport {
        problems = List.copyOf(problems);
    }

    /** One line for people: "3 imported, 1 updated, 0 skipped, 2 unmatched". */
    public String summary() {
        return imported + " imported, " + updated + " updated, " + skipped + " skipped, " + unmatched + " unmatched";
    }
}
