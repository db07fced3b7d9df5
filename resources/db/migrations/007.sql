-- Glossa library schema, version 6: files a document shows besides its text (a book's pictures),
-- by the name its FIGURE marks give them. They go with the document.
CREATE TABLE document_resource (
    document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
    name        TEXT NOT NULL,
    media_type  TEXT NOT NULL,
    bytes       BLOB NOT NULL,
    PRIMARY KEY (document_id, name)
);
