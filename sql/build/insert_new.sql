-- Add the freshly parsed rows (registered frames new_*), parents before children.
-- Content seen before keeps the time it was first loaded; a rejection already known keeps the time it was first seen.
INSERT INTO reports BY NAME
SELECT fresh.* REPLACE (coalesce(known.ingested_at, fresh.ingested_at) AS ingested_at)
FROM new_reports AS fresh
LEFT JOIN prev.reports AS known USING (source_name, sha256);
INSERT INTO meetings BY NAME SELECT * FROM new_meetings;
INSERT INTO attendees BY NAME SELECT * FROM new_attendees;
INSERT INTO initiatives BY NAME SELECT * FROM new_initiatives;
INSERT INTO rejected_files BY NAME
SELECT found.* REPLACE (coalesce(known.seen_at, found.seen_at) AS seen_at)
FROM new_rejected_files AS found
LEFT JOIN prev.rejected_files AS known
    ON known.source_name = found.source_name AND split_part(known.reason, ':', 1) = split_part(found.reason, ':', 1);
INSERT INTO ingest.file_signatures BY NAME SELECT * FROM new_file_signatures;
