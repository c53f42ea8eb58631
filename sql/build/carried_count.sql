-- How many of the reports a run meant to keep the published warehouse still holds.
SELECT count(*) FROM prev.reports WHERE report_id IN (SELECT report_id FROM kept_reports);
