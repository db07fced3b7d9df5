package org.glossa;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.glossa.core.Library;
import org.glossa.core.importing.Importers;

/** What several tests share: the bundled sample article and libraries opened on a temp folder. */
public final class Fixtures {
    public static final String SAMPLE_RESOURCE = "/samples/000_99100116381ce573.txt";
    public static final String SAMPLE_TITLE = "Russia's Timid Approach to the Israeli-Palestinian Conflict";
    public static final String SAMPLE_AUTHOR = "Marianna Belenkaya";
    public static final String SAMPLE_URL =
            "https://www.themoscowtimes.com/2021/05/18/russias-timid-approach-to-the-israeli-palestinian-conflict-a73930";

    private Fixtures() {
    }

    public static byte[] sampleBytes() {
        try (InputStream in = Fixtures.class.getResourceAsStream(SAMPLE_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("sample resource missing: " + SAMPLE_RESOURCE);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String sampleMarkdown() {
        return new String(sampleBytes(), StandardCharsets.UTF_8);
    }

    /** A new library file in {@code dir}, with a clock that moves one second on every reading. */
    public static Library newLibrary(Path dir) {
        return open(dir.resolve("library.sqlite"));
    }

    public static Library open(Path file) {
        return Library.open(file, new TickingClock(Instant.parse("2026-03-01T09:30:00.125Z")), new Importers());
    }

    /** The id of the only document a new library holds: the sample. */
    public static long sampleId(Library library) {
        return library.documents().stream()
                .filter(d -> d.title().equals(SAMPLE_TITLE))
                .findFirst().orElseThrow().id();
    }

    /** A clock that advances one second each time it is read, so created and modified differ. */
    static final class TickingClock extends Clock {
        private Instant next;

        TickingClock(Instant start) {
            this.next = start;
        }

        @Override
        public synchronized Instant instant() {
            Instant now = next;
            next = next.plus(Duration.ofSeconds(1));
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
