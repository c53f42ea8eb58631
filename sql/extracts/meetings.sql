-- The meetings extract: columns listed, ordered by key, so the same data gives the same file.
SELECT meeting_id, report_id, seq, organizer, meeting_name, date_text, meeting_date, location, chair, subject,
       span_start, span_end
FROM meetings
ORDER BY meeting_id;
