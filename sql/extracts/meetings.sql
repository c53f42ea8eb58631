-- The meetings extract, ordered by key so that the same data gives the same file.
SELECT * FROM meetings ORDER BY meeting_id;
