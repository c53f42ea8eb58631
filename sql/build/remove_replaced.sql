-- Amending a copy of the published warehouse: remove the rows of every report the run does not keep
-- (changed, parsed again or gone; kept_reports is a registered frame), children before parents, and
-- the lists each run writes whole. Each statement commits on its own: DuckDB refuses to remove a
-- parent row in the transaction that removed its children (its documented over-eager foreign-key check).
DELETE FROM initiatives WHERE report_id NOT IN (SELECT report_id FROM kept_reports);
DELETE FROM attendees WHERE report_id NOT IN (SELECT report_id FROM kept_reports);
DELETE FROM meetings WHERE report_id NOT IN (SELECT report_id FROM kept_reports);
DELETE FROM reports WHERE report_id NOT IN (SELECT report_id FROM kept_reports);
DELETE FROM rejected_files;
DELETE FROM ingest.file_signatures;
