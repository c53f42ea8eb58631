-- Add the freshly parsed rows (registered frames new_*), parents before children.
INSERT INTO reports BY NAME SELECT * FROM new_reports;
INSERT INTO meetings BY NAME SELECT * FROM new_meetings;
INSERT INTO attendees BY NAME SELECT * FROM new_attendees;
INSERT INTO initiatives BY NAME SELECT * FROM new_initiatives;
-- A rejection already known keeps the time it was first seen.
INSERT INTO rejected_files BY NAME
SELECT found.source_name, found.reason, found.detail, found.size_bytes,
       coalesce(known.seen_at, found.seen_at) AS seen_at
FROM new_rejected_files AS found
LEFT JOIN prev.rejected_files AS known USING (source_name, reason);
