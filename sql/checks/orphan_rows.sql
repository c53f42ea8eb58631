-- Attendee and initiative rows whose meeting (or report) does not exist. One row per table.
SELECT 'attendees' AS table_name, count(*) AS failures
FROM attendees AS a
WHERE NOT EXISTS (SELECT 1 FROM meetings AS m WHERE m.meeting_id = a.meeting_id AND m.report_id = a.report_id)
UNION ALL
SELECT 'initiatives', count(*)
FROM initiatives AS i
WHERE NOT EXISTS (SELECT 1 FROM meetings AS m WHERE m.meeting_id = i.meeting_id AND m.report_id = i.report_id);
