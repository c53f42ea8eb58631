-- Whose speeches and instructions were studied at the most meetings? (讲话精神被传达学习最多的领导)
SELECT person_name, count(DISTINCT meeting_id) AS meetings, count(DISTINCT organizer) AS organizers,
       list_sort(list_distinct(list(title) FILTER (WHERE title IS NOT NULL))) AS titles
FROM meeting_people
WHERE role = 'referenced' AND person_name IS NOT NULL
GROUP BY person_name
ORDER BY meetings DESC, organizers DESC, person_name
LIMIT 20;
