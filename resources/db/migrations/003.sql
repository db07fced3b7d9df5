-- Glossa library schema, version 3: full-text search, collections, links between annotations.
--
-- Search uses FTS5 with `unicode61 remove_diacritics 2`, so case and accents are ignored and
-- any script that separates words with spaces works ("zoe" finds "Zoë", "москва" finds "Москва").
-- Prefix indexes of 2 and 3 characters make prefix* queries fast on a large library.

-- Document text, one row per block (paragraph, heading ...), so that a hit can be located.
-- rowid = document_id * 2^20 + block number: a document's rows form one rowid range, which makes
-- deleting them cheap. start_pos is the block's UTF-16 offset in the document text.
-- The rows are written from Java (TextIndexer), not by a trigger: SQLite's substr() counts code
-- points, not UTF-16 units, and slicing a 3 MB text per block in SQL is quadratic. Triggers below
-- remove the rows (and the "indexed" mark) whenever a document is deleted or its text changes;
-- TextIndexer then indexes every document without a mark before the next search.
CREATE VIRTUAL TABLE text_fts USING fts5(
    body,
    start_pos UNINDEXED,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);

CREATE TABLE text_indexed (
    document_id INTEGER PRIMARY KEY REFERENCES document(id) ON DELETE CASCADE
);

-- Title and author of each document; rowid = document id. Used for author: and for titles.
CREATE VIRTUAL TABLE document_fts USING fts5(
    title,
    author,
    tokenize = 'unicode61 remove_diacritics 2'
);

-- Annotation ids are UUID text and the annotation table's implicit rowid is not stable across
-- VACUUM, so each annotation gets a stable integer key here for its FTS row.
CREATE TABLE annotation_key (
    key           INTEGER PRIMARY KEY,
    annotation_id TEXT NOT NULL UNIQUE
);

CREATE VIRTUAL TABLE annotation_fts USING fts5(
    quote,
    note,
    tags,
    author,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);

-- ---- triggers: documents -----------------------------------------------------------------
CREATE TRIGGER document_fts_insert AFTER INSERT ON document BEGIN
    INSERT INTO document_fts(rowid, title, author) VALUES (new.id, new.title, coalesce(new.author, ''));
END;

CREATE TRIGGER document_fts_update AFTER UPDATE OF title, author ON document BEGIN
    UPDATE document_fts SET title = new.title, author = coalesce(new.author, '') WHERE rowid = new.id;
END;

CREATE TRIGGER document_text_changed AFTER UPDATE OF text ON document BEGIN
    DELETE FROM text_fts WHERE rowid >= new.id * 1048576 AND rowid < (new.id + 1) * 1048576;
    DELETE FROM text_indexed WHERE document_id = new.id;
END;

CREATE TRIGGER document_fts_delete AFTER DELETE ON document BEGIN
    DELETE FROM document_fts WHERE rowid = old.id;
    DELETE FROM text_fts WHERE rowid >= old.id * 1048576 AND rowid < (old.id + 1) * 1048576;
    DELETE FROM text_indexed WHERE document_id = old.id;
END;

-- A change of blocks (re-import) means the text rows no longer match: re-index lazily.
CREATE TRIGGER block_changed_insert AFTER INSERT ON block BEGIN
    DELETE FROM text_indexed WHERE document_id = new.document_id;
END;

CREATE TRIGGER block_changed_delete AFTER DELETE ON block BEGIN
    DELETE FROM text_indexed WHERE document_id = old.document_id;
END;

-- ---- triggers: annotations ---------------------------------------------------------------
CREATE TRIGGER annotation_fts_insert AFTER INSERT ON annotation BEGIN
    INSERT INTO annotation_key(annotation_id) VALUES (new.id);
    INSERT INTO annotation_fts(rowid, quote, note, tags, author)
        SELECT key, new.exact, new.note, '', coalesce(new.author, '') FROM annotation_key
        WHERE annotation_id = new.id;
END;

CREATE TRIGGER annotation_fts_update AFTER UPDATE OF exact, note, author ON annotation BEGIN
    UPDATE annotation_fts SET quote = new.exact, note = new.note, author = coalesce(new.author, '')
        WHERE rowid = (SELECT key FROM annotation_key WHERE annotation_id = new.id);
END;

CREATE TRIGGER annotation_fts_delete BEFORE DELETE ON annotation BEGIN
    DELETE FROM annotation_fts WHERE rowid = (SELECT key FROM annotation_key WHERE annotation_id = old.id);
    DELETE FROM annotation_key WHERE annotation_id = old.id;
END;

CREATE TRIGGER annotation_tag_fts_insert AFTER INSERT ON annotation_tag BEGIN
    UPDATE annotation_fts SET tags = coalesce((SELECT group_concat(t.name, ' ') FROM annotation_tag at
            JOIN tag t ON t.id = at.tag_id WHERE at.annotation_id = new.annotation_id), '')
        WHERE rowid = (SELECT key FROM annotation_key WHERE annotation_id = new.annotation_id);
END;

CREATE TRIGGER annotation_tag_fts_delete AFTER DELETE ON annotation_tag BEGIN
    UPDATE annotation_fts SET tags = coalesce((SELECT group_concat(t.name, ' ') FROM annotation_tag at
            JOIN tag t ON t.id = at.tag_id WHERE at.annotation_id = old.annotation_id), '')
        WHERE rowid = (SELECT key FROM annotation_key WHERE annotation_id = old.annotation_id);
END;

CREATE TRIGGER tag_fts_rename AFTER UPDATE OF name ON tag BEGIN
    UPDATE annotation_fts SET tags = coalesce((SELECT group_concat(t.name, ' ') FROM annotation_tag at
            JOIN tag t ON t.id = at.tag_id
            WHERE at.annotation_id = (SELECT annotation_id FROM annotation_key k WHERE k.key = annotation_fts.rowid)), '')
        WHERE rowid IN (SELECT k.key FROM annotation_key k JOIN annotation_tag at ON at.annotation_id = k.annotation_id
            WHERE at.tag_id = new.id);
END;

-- ---- backfill ----------------------------------------------------------------------------
INSERT INTO document_fts(rowid, title, author) SELECT id, title, coalesce(author, '') FROM document;
INSERT INTO annotation_key(annotation_id) SELECT id FROM annotation ORDER BY created, id;
INSERT INTO annotation_fts(rowid, quote, note, tags, author)
    SELECT k.key, a.exact, a.note,
           coalesce((SELECT group_concat(t.name, ' ') FROM annotation_tag at JOIN tag t ON t.id = at.tag_id
                     WHERE at.annotation_id = a.id), ''),
           coalesce(a.author, '')
    FROM annotation a JOIN annotation_key k ON k.annotation_id = a.id;

-- ---- collections -------------------------------------------------------------------------
CREATE TABLE collection (
    id      INTEGER PRIMARY KEY,
    name    TEXT NOT NULL UNIQUE COLLATE NOCASE,
    created TEXT NOT NULL
);

CREATE TABLE collection_document (
    collection_id INTEGER NOT NULL REFERENCES collection(id) ON DELETE CASCADE,
    document_id   INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
    added         TEXT NOT NULL,
    PRIMARY KEY (collection_id, document_id)
) WITHOUT ROWID;
CREATE INDEX collection_document_by_document ON collection_document(document_id);

-- ---- links between annotations -----------------------------------------------------------
CREATE TABLE annotation_link (
    from_id TEXT NOT NULL REFERENCES annotation(id) ON DELETE CASCADE,
    to_id   TEXT NOT NULL REFERENCES annotation(id) ON DELETE CASCADE,
    kind    TEXT NOT NULL CHECK (kind IN ('supports', 'contradicts', 'related')),
    created TEXT NOT NULL,
    PRIMARY KEY (from_id, to_id),
    CHECK (from_id <> to_id)
) WITHOUT ROWID;
CREATE INDEX annotation_link_by_target ON annotation_link(to_id);
