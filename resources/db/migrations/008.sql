-- Glossa library schema, version 6: why an annotation was made, in the W3C vocabulary.
-- 'highlighting' for a highlight (with or without a note and tags), 'bookmarking' for a bookmark
-- that marks a place in the document to come back to.
ALTER TABLE annotation ADD COLUMN motivation TEXT NOT NULL DEFAULT 'highlighting';
