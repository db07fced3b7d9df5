-- Glossa library schema, version 4: class packets.
-- A packet is a teacher's reading assignment: ordered documents, questions per document, an
-- introduction. uid is the packet's identity across libraries: a student's work bundle names the
-- packet it answers, so the teacher's import lands in the same packet.
CREATE TABLE packet (
    id           INTEGER PRIMARY KEY,
    uid          TEXT NOT NULL UNIQUE,
    title        TEXT NOT NULL,
    introduction TEXT NOT NULL DEFAULT '',
    author       TEXT NOT NULL DEFAULT '',
    created      TEXT NOT NULL
);

CREATE TABLE packet_document (
    packet_id   INTEGER NOT NULL REFERENCES packet(id) ON DELETE CASCADE,
    document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    PRIMARY KEY (packet_id, document_id)
) WITHOUT ROWID;

CREATE TABLE packet_question (
    id          INTEGER PRIMARY KEY,
    packet_id   INTEGER NOT NULL REFERENCES packet(id) ON DELETE CASCADE,
    document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    question    TEXT NOT NULL,
    answer      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX packet_question_by_packet ON packet_question(packet_id, document_id, position);
