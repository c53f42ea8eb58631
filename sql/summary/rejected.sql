-- Rejected files listed under the summary, at most 20.
SELECT source_name, reason FROM rejected_files ORDER BY source_name LIMIT 20;
