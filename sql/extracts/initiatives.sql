-- The initiatives extract: columns listed, ordered by key, so the same data gives the same file.
SELECT initiative_id, meeting_id, report_id, name, full_name, category, span_start, span_end
FROM initiatives
ORDER BY initiative_id;
