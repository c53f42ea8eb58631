-- The reports extract, ordered by key so that the same data gives the same file.
SELECT * FROM reports ORDER BY report_id;
