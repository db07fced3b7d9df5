-- Glossa library schema, version 9: sync remotes (WebDAV collections or folders) and what each
-- one last saw, so that a sync moves only what changed. A password is never stored here: a
-- remote names the environment variable that holds it (or the window asks, and the keyring keeps it).
CREATE TABLE sync_remote (
    id           INTEGER PRIMARY KEY,
    name         TEXT NOT NULL UNIQUE COLLATE NOCASE,
    url          TEXT NOT NULL,
    user_name    TEXT,
    password_env TEXT,
    last_synced  TEXT
);

-- One row per remote file or folder Glossa has read or written: its version on the remote (ETag,
-- or size and mtime for a folder remote) and the SHA-256 of the bytes last pushed or pulled.
CREATE TABLE sync_file (
    remote_id     INTEGER NOT NULL REFERENCES sync_remote(id) ON DELETE CASCADE,
    path          TEXT NOT NULL,
    version       TEXT,
    weak          INTEGER NOT NULL DEFAULT 0,
    last_modified TEXT,
    hash          TEXT,
    PRIMARY KEY (remote_id, path)
) WITHOUT ROWID;

-- The user's own annotations as the remote last had them: the modified time synced, and for a
-- deleted one when it was deleted (its tombstone stays in the user's file on the remote).
CREATE TABLE sync_item (
    remote_id     INTEGER NOT NULL REFERENCES sync_remote(id) ON DELETE CASCADE,
    annotation_id TEXT NOT NULL,
    document_hash TEXT NOT NULL,
    modified      TEXT NOT NULL,
    deleted       TEXT,
    PRIMARY KEY (remote_id, annotation_id)
) WITHOUT ROWID;
CREATE INDEX sync_item_by_document ON sync_item(remote_id, document_hash);

-- "What has the user changed since the last sync?" reads only the user's own annotations.
CREATE INDEX annotation_by_author ON annotation(author);
