package org.glossa.core.anchoring;

/**
 * What re-anchoring a document's annotations to a new version did: how many stayed where they
 * were, moved with their text, need review (fuzzy) or lost their passage (orphaned).
 */
public record ReanchorReport(long documentId, int anchored, int moved, int fuzzy, int orphaned) {

    public int total() {
        return anchored + moved + fuzzy + orphaned;
    }

    /** One line for people: "12 anchored, 3 moved, 1 need review, 0 orphaned". */
    public String summary() {
        return anchored + " anchored, " + moved + " moved, " + fuzzy + " need review, " + orphaned + " orphaned";
    }
}
