-- The attendees extract, ordered by key so that the same data gives the same file.
SELECT * FROM attendees ORDER BY attendee_id;
