-- The rejected-files extract: columns listed, ordered by key, so the same data gives the same file.
SELECT source_name, reason, detail, size_bytes, seen_at
FROM rejected_files
ORDER BY source_name;
