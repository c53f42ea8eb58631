-- How many meetings did each organisation hold per month? (各机构每月会议数)
SELECT organizer, month, meetings, people, initiatives
FROM organization_activity
WHERE month IS NOT NULL
ORDER BY month DESC, meetings DESC, organizer;
