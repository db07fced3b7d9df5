package org.glossa.core.packet;

import org.glossa.core.export.webannotation.AnnotationImportReport;

/**
 * What opening a bundle did: the packet it landed in, whose bundle it was, how many documents
 * were new or already there, what happened to its annotations, and how many incoming annotations
 * were left out because they would have replaced one of the user's own (or another author's), or,
 * in a student's work, because they are not that student's.
 */
public record BundleImportReport(long packetId, String packetTitle, String kind, String author,
                                 int documentsImported, int documentsMatched, AnnotationImportReport annotations,
                                 int keptYours) {

    /** One line for people. */
    public String summary() {
        return "Packet \"" + packetTitle + "\" (" + kind + (author.isBlank() ? "" : " by " + author) + "): "
                + documentsImported + " documents imported, " + documentsMatched + " already here; annotations: "
                + annotations.summary() + (keptYours > 0 ? "; " + keptYours + " left out (they would change yours or another author's, or are"
                        + " not the bundle author's own work)" : "");
    }
}
