-- Glossa library schema, version 5: the original file of an imported web page.
-- Kept so that a page whose article was unsure can be read again whole (File > Show whole page)
-- without the file it came from. One row per document; it goes with the document.
CREATE TABLE document_source (
    document_id INTEGER PRIMARY KEY REFERENCES document(id) ON DELETE CASCADE,
    file_name   TEXT NOT NULL,
    bytes       BLOB NOT NULL
);
