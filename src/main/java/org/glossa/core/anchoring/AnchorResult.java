package org.glossa.core.anchoring;

import org.glossa.model.AnchorStatus;
import org.glossa.model.TextQuote;

/**
 * Where an annotation landed in a new text and how sure that is. {@code quote} is taken from the
 * new text for anchored and fuzzy results; an orphan keeps its old quote so that the user still
 * sees what it was about, and its position is only clamped into the new text.
 */
public record AnchorResult(int start, int end, TextQuote quote, Outcome outcome, double score) {

    /** The four ways re-anchoring can end, in the order they are tried. */
    public enum Outcome {
        /** The stored position still holds the exact quote. */
        KEPT,
        /** The exact quote was found elsewhere, chosen by its context and distance. */
        MOVED,
        /** Only an approximate match was found: needs review. */
        FUZZY,
        /** Nothing good enough was found. */
        ORPHANED
    }

    public AnchorStatus status() {
        return switch (outcome) {
            case KEPT, MOVED -> AnchorStatus.ANCHORED;
            case FUZZY -> AnchorStatus.FUZZY;
            case ORPHANED -> AnchorStatus.ORPHANED;
        };
    }
}
