-- The initiatives extract, ordered by key so that the same data gives the same file.
SELECT * FROM initiatives ORDER BY initiative_id;
