-- Which initiatives spread to the most organisations? (传播到最多机构的举措)
SELECT name, category, organizations, meetings, organizers
FROM initiative_spread
ORDER BY organizations DESC, meetings DESC, name
LIMIT 20;
