-- Each initiative across meetings, reports and organizers.
CREATE OR REPLACE VIEW initiative_spread AS
SELECT
    i.name,
    mode(i.category) AS category,
    count(DISTINCT i.meeting_id) AS meetings,
    count(DISTINCT i.report_id) AS reports,
    count(DISTINCT m.organizer) AS organizations,
    list_sort(list_distinct(list(m.organizer))) AS organizers,
    min(coalesce(m.meeting_date, r.published_date)) AS first_seen,
    max(coalesce(m.meeting_date, r.published_date)) AS last_seen
FROM initiatives AS i
JOIN meetings AS m USING (meeting_id)
JOIN reports AS r ON r.report_id = i.report_id
GROUP BY i.name;

COMMENT ON VIEW initiative_spread IS '举措传播：每项举措出现在多少会议、报告与机构 / Each initiative across meetings, reports and organizers';
COMMENT ON COLUMN initiative_spread.name IS '举措名称 / Initiative name';
COMMENT ON COLUMN initiative_spread.category IS '最常见的类别 / Most frequent category';
COMMENT ON COLUMN initiative_spread.meetings IS '会议数 / Meetings';
COMMENT ON COLUMN initiative_spread.reports IS '报告数 / Reports';
COMMENT ON COLUMN initiative_spread.organizations IS '召开机构数 / Distinct organizers';
COMMENT ON COLUMN initiative_spread.organizers IS '召开机构列表 / The organizers';
COMMENT ON COLUMN initiative_spread.first_seen IS '最早日期 / Earliest date seen';
COMMENT ON COLUMN initiative_spread.last_seen IS '最晚日期 / Latest date seen';
