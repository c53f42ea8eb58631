-- Everyone at the meetings of one organisation, strongest role first (某机构会议的出席人员).
-- Change the organizer in the WHERE clause to ask about another body.
SELECT meeting_name, coalesce(meeting_date::VARCHAR, date_text) AS held, role, person_name, group_name, title
FROM meeting_people
WHERE organizer LIKE '%总工会%'
ORDER BY meeting_id, CASE role WHEN 'chair' THEN 0 WHEN 'speaker' THEN 1 WHEN 'attendee' THEN 2 ELSE 3 END, person_name;
