package org.glossa.core.anchoring;

import java.util.ArrayList;
import java.util.List;
import org.glossa.model.AnchorStatus;
import org.glossa.model.Annotation;

/** Re-anchors a document's annotations to a new text and counts the outcomes. */
public final class Reanchoring {
    private final List<Annotation> updated = new ArrayList<>();
    private final int[] counts = new int[AnchorResult.Outcome.values().length];

    /** Anchors each annotation in {@code newText}; orphans keep their old quote, never vanish. */
    public static Reanchoring of(List<Annotation> annotations, String newText) {
        Reanchoring r = new Reanchoring();
        for (Annotation a : annotations) {
            AnchorResult result = Anchorer.anchor(newText, a.quote(), a.start(), a.end());
            AnchorResult.Outcome outcome = result.outcome();
            // a match nobody has reviewed yet still needs review after the next version
            if (a.status() == AnchorStatus.FUZZY && outcome != AnchorResult.Outcome.ORPHANED) {
                outcome = AnchorResult.Outcome.FUZZY;
            }
            r.counts[outcome.ordinal()]++;
            AnchorStatus status = outcome == AnchorResult.Outcome.FUZZY ? AnchorStatus.FUZZY : result.status();
            r.updated.add(a.withAnchor(result.start(), result.end(), result.quote(), status));
        }
        return r;
    }

    public List<Annotation> annotations() {
        return List.copyOf(updated);
    }

    public ReanchorReport report(long documentId) {
        return new ReanchorReport(documentId, counts[AnchorResult.Outcome.KEPT.ordinal()],
                counts[AnchorResult.Outcome.MOVED.ordinal()], counts[AnchorResult.Outcome.FUZZY.ordinal()],
                counts[AnchorResult.Outcome.ORPHANED.ordinal()]);
    }
}
