-- A person across reports. Names alone do not identify people, so a person is a name
-- together with an affiliation: the organisation the text ties them to, else the
-- organizer of the meeting they chaired, spoke at or attended. Leaders named only as
-- referenced (whose speeches were studied) have no affiliation: one row per name,
-- since such names are almost always of one well-known person. Two namesakes in one
-- organisation stay merged, and one person met under two organizers stays split.
CREATE OR REPLACE VIEW people_directory AS
WITH mentions AS (
    SELECT
        a.person_name,
        coalesce(a.organization, CASE WHEN a.role <> 'referenced' THEN m.organizer END) AS affiliation,
        a.role,
        a.title,
        a.meeting_id,
        a.report_id,
        coalesce(m.meeting_date, r.published_date) AS seen_on
    FROM attendees AS a
    JOIN meetings AS m USING (meeting_id)
    JOIN reports AS r ON r.report_id = a.report_id
    WHERE a.person_name IS NOT NULL
)
SELECT
    substr(md5(person_name || chr(31) || coalesce(affiliation, '')), 1, 16) AS person_id,
    person_name,
    affiliation,
    list_sort(list_distinct(list(title))) AS titles,
    count(DISTINCT report_id) AS reports,
    count(DISTINCT meeting_id) AS meetings,
    count(DISTINCT meeting_id) FILTER (WHERE role = 'chair') AS chaired,
    count(DISTINCT meeting_id) FILTER (WHERE role = 'speaker') AS spoke,
    count(DISTINCT meeting_id) FILTER (WHERE role = 'attendee') AS attended,
    count(DISTINCT meeting_id) FILTER (WHERE role = 'referenced') AS referenced,
    min(seen_on) AS first_seen,
    max(seen_on) AS last_seen
FROM mentions
GROUP BY person_name, affiliation;

COMMENT ON VIEW people_directory IS '人员名录：同名且同一所属机构视为同一人，被提及的领导按姓名合并 / A person across reports: one name with one affiliation; referenced leaders by name alone';
COMMENT ON COLUMN people_directory.person_id IS '人员编号，由姓名与所属机构生成，跨运行稳定 / Person id from name and affiliation, stable across runs';
COMMENT ON COLUMN people_directory.person_name IS '姓名 / Name';
COMMENT ON COLUMN people_directory.affiliation IS '所属机构：文中关联的机构，否则其主持、讲话或出席会议的召开机构 / Organisation tied to the person, else the organizer of their meetings';
COMMENT ON COLUMN people_directory.titles IS '出现过的职务 / Titles seen';
COMMENT ON COLUMN people_directory.reports IS '报告数 / Reports';
COMMENT ON COLUMN people_directory.meetings IS '会议数 / Meetings';
COMMENT ON COLUMN people_directory.chaired IS '主持的会议数 / Meetings chaired';
COMMENT ON COLUMN people_directory.spoke IS '讲话的会议数 / Meetings spoken at';
COMMENT ON COLUMN people_directory.attended IS '出席的会议数 / Meetings attended';
COMMENT ON COLUMN people_directory.referenced IS '被提及（讲话被学习）的会议数 / Meetings where their words were studied';
COMMENT ON COLUMN people_directory.first_seen IS '最早日期 / Earliest date seen';
COMMENT ON COLUMN people_directory.last_seen IS '最晚日期 / Latest date seen';
