-- The organizers that held the most meetings, for the release's page ($limit of them; ties by name).
SELECT organizer, count(*) AS meetings
FROM meetings
WHERE organizer IS NOT NULL
GROUP BY organizer
ORDER BY meetings DESC, organizer
LIMIT $limit;
