package org.glossa.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class TimestampsTest {
    @Property(tries = 500)
    void readsBackWhatItWritesExactlyAsTheFormatterDoes(
            @ForAll @LongRange(min = -62_000_000_000L, max = 250_000_000_000L) long epochSecond,
            @ForAll @IntRange(min = 0, max = 999_999_999) int nanos,
            @ForAll @IntRange(min = -18 * 4, max = 18 * 4) int quarterHours,
            @ForAll boolean wholeSeconds) {
        OffsetDateTime t = OffsetDateTime.ofInstant(java.time.Instant.ofEpochSecond(epochSecond, wholeSeconds ? 0 : nanos),
                ZoneOffset.ofTotalSeconds(quarterHours * 15 * 60));
        String stored = Timestamps.format(t);
        assertEquals(t, Timestamps.parse(stored));
        assertEquals(OffsetDateTime.parse(stored, DateTimeFormatter.ISO_OFFSET_DATE_TIME), Timestamps.parse(stored));
    }

    @Test
    void otherIsoShapesStillParseThroughTheFormatter() {
        assertEquals(OffsetDateTime.of(2026, 11, 25, 15, 18, 0, 0, ZoneOffset.UTC), Timestamps.parse("2026-11-25T15:18Z"));
        assertEquals(OffsetDateTime.of(2026, 11, 25, 15, 18, 41, 0, ZoneOffset.ofHoursMinutesSeconds(1, 0, 30)),
                Timestamps.parse("2026-11-25T15:18:41+01:00:30"));
        assertEquals(OffsetDateTime.of(2026, 11, 25, 15, 18, 41, 120_000_000, ZoneOffset.ofHours(-5)),
                Timestamps.parse("2026-11-25T15:18:41.12-05:00"));
    }

    @Test
    void nonsenseIsRefusedAsBefore() {
        assertThrows(DateTimeParseException.class, () -> Timestamps.parse("2026-13-45T99:18:41Z"));
        assertThrows(DateTimeParseException.class, () -> Timestamps.parse("yesterday at noon"));
        assertEquals(null, Timestamps.parse(null));
    }
}
