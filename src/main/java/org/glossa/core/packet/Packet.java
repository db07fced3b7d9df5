package org.glossa.core.packet;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A class packet: a teacher's reading assignment with an introduction and, per document, the
 * questions to answer. {@code uid} names the packet across libraries (bundles carry it), and
 * {@code author} is the teacher whose annotations on the documents are the guiding notes.
 */
public record Packet(long id, String uid, String title, String introduction, String author, OffsetDateTime created,
                     List<Reading> readings) {
    public Packet {
        readings = List.copyOf(readings);
    }

    /** One document of the packet, in order, with its questions. */
    public record Reading(long documentId, String title, List<Question> questions) {
        public Reading {
            questions = List.copyOf(questions);
        }
    }

    /** A question on a reading; the answer is the teacher's and appears only in the teacher's version. */
    public record Question(long id, String text, String answer) {
    }

    public List<Long> documentIds() {
        return readings.stream().map(Reading::documentId).toList();
    }
}
