-- Meetings, named people and initiatives per organizer per month. The month is the
-- meeting's date, or the report's publication date when the meeting's year is unknown;
-- NULL when neither is known.
CREATE OR REPLACE VIEW organization_activity AS
WITH dated AS (
    SELECT m.*, date_trunc('month', coalesce(m.meeting_date, r.published_date))::DATE AS month
    FROM meetings AS m
    JOIN reports AS r USING (report_id)
)
SELECT
    d.organizer,
    d.month,
    count(DISTINCT d.meeting_id) AS meetings,
    count(DISTINCT a.person_name) AS people,
    count(DISTINCT i.name) AS initiatives
FROM dated AS d
LEFT JOIN attendees AS a ON a.meeting_id = d.meeting_id AND a.person_name IS NOT NULL
LEFT JOIN initiatives AS i ON i.meeting_id = d.meeting_id
WHERE d.organizer IS NOT NULL
GROUP BY d.organizer, d.month;

COMMENT ON VIEW organization_activity IS '机构活跃度：每个召开机构每月的会议、人员与举措数 / Meetings, people and initiatives per organizer per month';
COMMENT ON COLUMN organization_activity.organizer IS '召开机构 / Organizer';
COMMENT ON COLUMN organization_activity.month IS '月份（会议日期，否则报告发布日期） / Month of the meeting date, else of the publication date';
COMMENT ON COLUMN organization_activity.meetings IS '会议数 / Meetings';
COMMENT ON COLUMN organization_activity.people IS '具名人员数（不同姓名） / Distinct named people';
COMMENT ON COLUMN organization_activity.initiatives IS '举措数（不同名称） / Distinct initiatives';
