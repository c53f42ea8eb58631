-- Meetings per month for the release's page: the month of the meeting's date, else of its report's publication
-- date; meetings with neither are left out (the page says how many).
SELECT date_trunc('month', coalesce(m.meeting_date, r.published_date))::DATE AS month, count(*) AS meetings
FROM meetings AS m
JOIN reports AS r USING (report_id)
GROUP BY ALL
ORDER BY month NULLS LAST;
