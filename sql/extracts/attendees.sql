-- The attendees extract: columns listed, ordered by key, so the same data gives the same file.
SELECT attendee_id, meeting_id, report_id, person_name, group_name, title, organization, role, span_start, span_end
FROM attendees
ORDER BY attendee_id;
