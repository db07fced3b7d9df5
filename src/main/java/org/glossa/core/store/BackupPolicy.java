package org.glossa.core.store;

import java.time.Clock;
import java.time.Duration;

/**
 * When an open for writing takes a rolling backup, and how many are kept.
 *
 * <p>A backup is taken when the library changed after the newest backup was taken and that backup
 * is at least {@code minInterval} old. The change test means reopening an untouched library never
 * pushes a useful old backup out of the rotation with a copy of itself; the interval means a
 * day of many short sessions costs a few copies, not one per start, so the {@code keep} newest
 * copies reach back over days of work rather than minutes.
 */
public record BackupPolicy(Clock clock, java.time.Duration minInterval, int keep) {
    public static final BackupPolicy DEFAULT = new BackupPolicy(Clock.systemUTC(), Duration.ofHours(6), 5);

    public BackupPolicy {
        if (keep < 1) {
            throw new IllegalArgumentException("keep at least one backup");
        }
    }
}
