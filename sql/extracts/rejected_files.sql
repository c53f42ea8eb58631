-- The rejected-files extract, ordered by key so that the same data gives the same file.
SELECT * FROM rejected_files ORDER BY source_name;
