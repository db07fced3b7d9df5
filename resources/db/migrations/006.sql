-- Glossa library schema, version 6: memos.
-- A memo is a Markdown text an analyst keeps about the whole library (the project memo), about one
-- document, or about one tag (a code). A target may have several memos (one per coder, say);
-- REFI-QDA calls them Notes. id is a UUID (the REFI-QDA guid on exchange); key is a stable integer
-- for the full-text index. Deleting the document or the tag deletes its memos.
CREATE TABLE memo (
    key         INTEGER PRIMARY KEY,
    id          TEXT NOT NULL UNIQUE,
    target      TEXT NOT NULL CHECK (target IN ('library', 'document', 'tag')),
    document_id INTEGER REFERENCES document(id) ON DELETE CASCADE,
    tag_id      INTEGER REFERENCES tag(id) ON DELETE CASCADE,
    title       TEXT NOT NULL DEFAULT '',
    body        TEXT NOT NULL DEFAULT '',
    author      TEXT,
    created     TEXT NOT NULL,
    modified    TEXT NOT NULL,
    CHECK ((target = 'library' AND document_id IS NULL AND tag_id IS NULL)
        OR (target = 'document' AND document_id IS NOT NULL AND tag_id IS NULL)
        OR (target = 'tag' AND tag_id IS NOT NULL AND document_id IS NULL))
);
CREATE INDEX memo_by_document ON memo(document_id) WHERE document_id IS NOT NULL;
CREATE INDEX memo_by_tag ON memo(tag_id) WHERE tag_id IS NOT NULL;

CREATE VIRTUAL TABLE memo_fts USING fts5(
    title,
    body,
    content = 'memo',
    content_rowid = 'key',
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);

CREATE TRIGGER memo_fts_insert AFTER INSERT ON memo BEGIN
    INSERT INTO memo_fts(rowid, title, body) VALUES (new.key, new.title, new.body);
END;

CREATE TRIGGER memo_fts_delete AFTER DELETE ON memo BEGIN
    INSERT INTO memo_fts(memo_fts, rowid, title, body) VALUES ('delete', old.key, old.title, old.body);
END;

CREATE TRIGGER memo_fts_update AFTER UPDATE OF title, body ON memo BEGIN
    INSERT INTO memo_fts(memo_fts, rowid, title, body) VALUES ('delete', old.key, old.title, old.body);
    INSERT INTO memo_fts(rowid, title, body) VALUES (new.key, new.title, new.body);
END;
