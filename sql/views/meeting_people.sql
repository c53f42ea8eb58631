-- Who was at (or named in) each meeting, with the meeting's organizer and date.
CREATE OR REPLACE VIEW meeting_people AS
SELECT
    m.meeting_id,
    m.report_id,
    r.source_name,
    m.organizer,
    m.meeting_name,
    m.date_text,
    m.meeting_date,
    a.person_name,
    a.group_name,
    a.role,
    a.title,
    a.organization
FROM attendees AS a
JOIN meetings AS m USING (meeting_id)
JOIN reports AS r ON r.report_id = m.report_id;

COMMENT ON VIEW meeting_people IS '会议人员：每次会议的人员与群体，附召开机构与日期 / People and groups of each meeting, with its organizer and date';
COMMENT ON COLUMN meeting_people.meeting_id IS '会议编号 / Meeting id';
COMMENT ON COLUMN meeting_people.report_id IS '报告编号 / Report id';
COMMENT ON COLUMN meeting_people.source_name IS '报告文件 / Report file';
COMMENT ON COLUMN meeting_people.organizer IS '召开机构 / Organizer';
COMMENT ON COLUMN meeting_people.meeting_name IS '会议名称 / Meeting name';
COMMENT ON COLUMN meeting_people.date_text IS '日期原文 / Date as written';
COMMENT ON COLUMN meeting_people.meeting_date IS '会议日期（年份可知时） / Meeting date, when the year is known';
COMMENT ON COLUMN meeting_people.person_name IS '姓名；群体为空 / Person name; null for a group';
COMMENT ON COLUMN meeting_people.group_name IS '未具名群体 / Unnamed group';
COMMENT ON COLUMN meeting_people.role IS '角色 chair/speaker/attendee/referenced / Role';
COMMENT ON COLUMN meeting_people.title IS '职务 / Title';
COMMENT ON COLUMN meeting_people.organization IS '所属机构 / Organisation';
