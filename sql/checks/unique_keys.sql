-- Rows sharing a key that must be unique, per table. One row per table.
SELECT 'reports' AS table_name, count(*) AS failures FROM (SELECT report_id FROM reports GROUP BY ALL HAVING count(*) > 1)
UNION ALL SELECT 'reports.source_name', count(*) FROM (SELECT source_name FROM reports GROUP BY ALL HAVING count(*) > 1)
UNION ALL SELECT 'meetings', count(*) FROM (SELECT meeting_id FROM meetings GROUP BY ALL HAVING count(*) > 1)
UNION ALL SELECT 'attendees', count(*) FROM (SELECT attendee_id FROM attendees GROUP BY ALL HAVING count(*) > 1)
UNION ALL SELECT 'initiatives', count(*) FROM (SELECT initiative_id FROM initiatives GROUP BY ALL HAVING count(*) > 1)
UNION ALL SELECT 'rejected_files', count(*) FROM (SELECT source_name FROM rejected_files GROUP BY ALL HAVING count(*) > 1);
