-- Rows of one table ($table) that belong to the reports parsed in this run (registered frame run_reports).
SELECT count(*) FROM query_table($table) WHERE report_id IN (SELECT report_id FROM run_reports);
