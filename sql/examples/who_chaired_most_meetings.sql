-- Who chaired the most meetings? (主持会议最多的人)
SELECT person_name, affiliation, chaired, meetings, titles
FROM people_directory
WHERE chaired > 0
ORDER BY chaired DESC, meetings DESC, person_name
LIMIT 20;
