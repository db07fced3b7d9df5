-- Glossa library schema, version 1: documents with structure, annotations, tags, settings.
CREATE TABLE document (
    id           INTEGER PRIMARY KEY,
    title        TEXT NOT NULL,
    author       TEXT,
    source       TEXT,
    format       TEXT NOT NULL,
    language     TEXT,
    direction    TEXT NOT NULL DEFAULT 'ltr',
    content_hash TEXT NOT NULL UNIQUE,
    text         TEXT NOT NULL,
    metadata     TEXT NOT NULL DEFAULT '{}',
    added        TEXT NOT NULL,
    last_read    TEXT
);

CREATE TABLE block (
    document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
    seq         INTEGER NOT NULL,
    kind        TEXT NOT NULL,
    start_pos   INTEGER NOT NULL,
    end_pos     INTEGER NOT NULL,
    level       INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (document_id, seq)
) WITHOUT ROWID;

CREATE TABLE mark (
    document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
    seq         INTEGER NOT NULL,
    kind        TEXT NOT NULL,
    start_pos   INTEGER NOT NULL,
    end_pos     INTEGER NOT NULL,
    href        TEXT,
    PRIMARY KEY (document_id, seq)
) WITHOUT ROWID;

CREATE TABLE annotation (
    id          TEXT PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
    start_pos   INTEGER NOT NULL,
    end_pos     INTEGER NOT NULL,
    exact       TEXT NOT NULL,
    prefix      TEXT NOT NULL DEFAULT '',
    suffix      TEXT NOT NULL DEFAULT '',
    color       TEXT NOT NULL,
    note        TEXT NOT NULL DEFAULT '',
    author      TEXT,
    created     TEXT NOT NULL,
    modified    TEXT NOT NULL,
    status      TEXT NOT NULL DEFAULT 'anchored'
);
CREATE INDEX annotation_by_document ON annotation(document_id, start_pos);

CREATE TABLE tag (
    id    INTEGER PRIMARY KEY,
    name  TEXT NOT NULL UNIQUE COLLATE NOCASE,
    color TEXT
);

CREATE TABLE annotation_tag (
    annotation_id TEXT NOT NULL REFERENCES annotation(id) ON DELETE CASCADE,
    tag_id        INTEGER NOT NULL REFERENCES tag(id) ON DELETE CASCADE,
    position      INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (annotation_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX annotation_tag_by_tag ON annotation_tag(tag_id);

CREATE TABLE setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
