package org.glossa.core.sync;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.glossa.core.Library;
import org.glossa.core.importing.Importers;
import org.glossa.model.Annotation;

/**
 * One person's Glossa on one machine for sync tests: a library file with an author and a clock
 * the test moves by hand, so "the newer edit" means what the test says.
 */
final class Device implements AutoCloseable {
    static final String SECOND_TEXT = "# Second reading\n\nThe committee met on Tuesday and agreed on nothing at all.\n";

    final Library library;
    final HandClock clock;

    Device(Path file, String author, Instant start) {
        this.clock = new HandClock(start);
        this.library = Library.open(file, clock, new Importers(), author);
    }

    /** A clock the test moves by hand. */
    static final class HandClock extends Clock {
        private volatile Instant now;

        HandClock(Instant start) {
            this.now = start;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    long importSecond() throws Exception {
        return library.importBytes(SECOND_TEXT.getBytes(StandardCharsets.UTF_8), "second.md").id();
    }

    long documentTitled(String title) {
        return library.documents().stream().filter(d -> d.title().equals(title)).findFirst().orElseThrow().id();
    }

    Annotation highlight(long doc, String quote, String note) {
        clock.advance(Duration.ofSeconds(1));
        return library.annotateQuote(doc, quote, 1, "yellow", note, List.of());
    }

    Annotation note(String id, String note) {
        clock.advance(Duration.ofSeconds(1));
        return library.setNote(id, note);
    }

    SyncRemote remote(String name, String url, String user, String passwordEnv) {
        return library.sync().add(name, url, user, passwordEnv);
    }

    SyncReport sync(SyncRemote r, RemoteStore store) {
        clock.advance(Duration.ofSeconds(1));
        return library.sync().sync(library.sync().remote(r.name()), store);
    }

    List<Annotation> all() {
        return library.allAnnotations();
    }

    @Override
    public void close() {
        library.close();
    }
}
