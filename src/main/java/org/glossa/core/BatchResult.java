package org.glossa.core;

import java.nio.file.Path;
import java.util.List;

/** What a batch import did, file by file; {@code cancelled} when it stopped early on request. */
public record BatchResult(List<Outcome> outcomes, boolean cancelled) {
    public enum Status { IMPORTED, DUPLICATE, FAILED }

    /** One file: its document id and title (imported or duplicate), or why it failed. */
    public record Outcome(Path file, Status status, long id, String title, String error) {
    }

    public BatchResult {
        outcomes = List.copyOf(outcomes);
    }

    public long count(Status status) {
        return outcomes.stream().filter(o -> o.status() == status).count();
    }

    public boolean anyFailed() {
        return count(Status.FAILED) > 0;
    }
}
