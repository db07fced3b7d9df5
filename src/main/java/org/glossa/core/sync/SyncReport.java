package org.glossa.core.sync;

import java.util.List;

/**
 * What one sync did: the user's annotations (and deletions) pushed, other annotations pulled
 * (new, updated or deleted here), conflicts kept as visible copies, foreign edits refused,
 * documents each way, and the requests it took. {@code problems} has one line per refusal or conflict.
 */
public record SyncReport(String remote, int pushed, int pulled, int conflicts, int refused, int documentsPushed,
                         int documentsPulled, int requests, List<String> problems) {

    public SyncReport {
        problems = List.copyOf(problems);
    }

    /** One line for people: "pushed 3, pulled 12, conflicts 0 (documents: 1 pushed, 0 pulled; 4 requests)". */
    public String summary() {
        return "pushed " + pushed + ", pulled " + pulled + ", conflicts " + conflicts
                + (refused > 0 ? ", refused " + refused : "")
                + " (documents: " + documentsPushed + " pushed, " + documentsPulled + " pulled; " + requests + " requests)";
    }
}
