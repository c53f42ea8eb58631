-- Copy the rows of unchanged reports from the previous warehouse (attached as prev)
-- into the fresh build, parents before children. kept_reports is a registered frame.
INSERT INTO reports SELECT * FROM prev.reports WHERE report_id IN (SELECT report_id FROM kept_reports);
INSERT INTO meetings SELECT * FROM prev.meetings WHERE report_id IN (SELECT report_id FROM kept_reports);
INSERT INTO attendees SELECT * FROM prev.attendees WHERE report_id IN (SELECT report_id FROM kept_reports);
INSERT INTO initiatives SELECT * FROM prev.initiatives WHERE report_id IN (SELECT report_id FROM kept_reports);
