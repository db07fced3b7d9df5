-- Glossa library schema, version 2: a stable identity for interchange.
-- A document's uri is its source URL when it has one, else the URN of the content hash it was
-- first imported with. It is kept when a new version replaces the text (and the hash), so
-- annotations exported before and after a re-import name the same document.
ALTER TABLE document ADD COLUMN uri TEXT;

UPDATE document SET uri = CASE
    WHEN source LIKE 'http://%' OR source LIKE 'https://%' THEN source
    ELSE 'urn:sha256:' || content_hash END;

-- filled here rather than in every INSERT so that no importer can forget it
CREATE TRIGGER document_uri_on_insert AFTER INSERT ON document WHEN NEW.uri IS NULL
BEGIN
    UPDATE document SET uri = CASE
        WHEN NEW.source LIKE 'http://%' OR NEW.source LIKE 'https://%' THEN NEW.source
        ELSE 'urn:sha256:' || NEW.content_hash END
    WHERE id = NEW.id;
END;

CREATE INDEX document_by_uri ON document(uri);
