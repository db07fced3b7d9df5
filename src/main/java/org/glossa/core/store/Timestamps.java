package org.glossa.core.store;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/** Timestamps are stored as ISO-8601 text with their zone offset (public: core.packet stores them too). */
public final class Timestamps {
    private Timestamps() {
    }

    public static String format(OffsetDateTime t) {
        return t == null ? null : t.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    public static OffsetDateTime parse(String s) {
        return s == null ? null : OffsetDateTime.parse(s, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
