-- The one-screen summary printed after `make run`.
SELECT 'reports', count(*) FROM reports
UNION ALL SELECT 'damaged reports', count(*) FILTER (WHERE is_damaged) FROM reports
UNION ALL SELECT 'meetings', count(*) FROM meetings
UNION ALL SELECT 'attendees', count(*) FROM attendees
UNION ALL SELECT 'initiatives', count(*) FROM initiatives
UNION ALL SELECT 'rejected files', count(*) FROM rejected_files;
