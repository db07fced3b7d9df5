-- reserved: schema 3 belongs to the search branch (full-text search); this placeholder keeps
-- the numbering contiguous on this branch until the two are merged.
SELECT 1;
